using Parley.Text;

namespace Parley.Coding.Petrarch;

/// <summary>
/// Runs PETRARCH's validation records through Parley: each record's text is parsed by Parley's own pipeline (not the
/// Penn tree in the record), coded with a <see cref="PetrarchEventCoder"/> on the record's date, and compared with
/// the record's events as a multiset of (source, target, code). A record expecting a discard is right when that
/// discard stops it; one expecting an input error or no event is right when nothing comes.
/// </summary>
public static class PetrarchValidation
{
    /// <param name="annotate">Parley's language pipeline: text to a parsed document.</param>
    /// <param name="notApplicable">Record ids left out of the count, with why.</param>
    public static IReadOnlyList<PetrarchValidationOutcome> Run(IEnumerable<PetrarchValidationRecord> records, Func<string, Document> annotate, PetrarchEventCoder coder,
        IReadOnlyDictionary<string, string> notApplicable)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(annotate);
        ArgumentNullException.ThrowIfNull(coder);
        ArgumentNullException.ThrowIfNull(notApplicable);
        var outcomes = new List<PetrarchValidationOutcome>();
        foreach (var record in records)
        {
            var doc = annotate(record.Text);
            var sentences = doc.Count == 0 || !doc.Has(Annotations.Dependencies | Annotations.Lemmas) ? [] : coder.CodeSentences(new DependencyTree(doc), record.Date);
            var got = sentences.SelectMany(s => s.Events).Select(e => (e.Source.Code, e.Target.Code, e.Code)).ToList();
            string? discard = sentences.FirstOrDefault(s => s.Discard is not null) is { } d ? (d.StoryDiscard ? "storydiscard" : "sentencediscard") : null;
            var why = new List<string>();
            foreach (var sentence in sentences)
            {
                why.AddRange(sentence.Events.Select(e => $"{e.Source.Code} {e.Target.Code} {e.Code}: {e.Why}"));
                why.AddRange(sentence.Notes);
            }
            bool right = record.Error switch
            {
                "storydiscard" or "sentencediscard" => discard == record.Error && got.Count == 0,
                not null => got.Count == 0,
                null => SameEvents(record.Expected, got),
            };
            outcomes.Add(new PetrarchValidationOutcome
            {
                Record = record,
                NotApplicable = notApplicable.GetValueOrDefault(record.Id),
                Right = right,
                Got = got,
                Discard = discard,
                Why = why,
            });
        }
        return outcomes;
    }

    private static bool SameEvents(IReadOnlyList<(string, string, string)> expected, List<(string, string, string)> got)
    {
        if (expected.Count != got.Count)
        {
            return false;
        }
        var left = expected.Order().ToList();
        var right = got.Order().ToList();
        return left.SequenceEqual(right);
    }

    /// <summary>Reads a list of not-applicable records: one per line, the record id, a tab, the reason; <c>#</c> starts a comment.</summary>
    /// <exception cref="InvalidDataException">A line has no reason; the message names the line.</exception>
    public static IReadOnlyDictionary<string, string> ReadNotApplicable(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        int number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            int tab = line.IndexOf('\t');
            if (tab <= 0 || line[(tab + 1)..].Trim().Length == 0)
            {
                throw new InvalidDataException($"{path}:{number}: '{line}' is not 'record id<TAB>reason'");
            }
            if (!result.TryAdd(line[..tab].Trim(), line[(tab + 1)..].Trim()))
            {
                throw new InvalidDataException($"{path}:{number}: record {line[..tab].Trim()} is listed twice");
            }
        }
        return result;
    }
}
