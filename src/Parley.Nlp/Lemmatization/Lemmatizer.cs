using System.Buffers;
using Parley.Nlp.Learning;
using Parley.Nlp.Tagging;
using Parley.Text;

namespace Parley.Nlp.Lemmatization;

/// <summary>
/// Gives each token its UD lemma from its form and Penn tag (XPOS). In order: a table of exceptions learned
/// from training data and lexicons ("met"/VBD → "meet", "was" → "be", "children" → "child", "n't" → "not");
/// else the suffix rule learned for the longest known ending of the form with that tag ("-ied"/VBD → "-y");
/// else the form. As in UD English, lemmas are lowercase except for the tags whose words training saw keep
/// their case (proper nouns, e-mail addresses), and for the words the exception table spells otherwise
/// ("I", "American", "TV"). A verb form's lemma from a suffix rule that is no known verb (the rules learned from web
/// text make "blamed" "blam", "bombed" "bom", "defeated" "defeate") is replaced by the first other regular reading of
/// the form that is one ("blame", "bomb", "defeat"); known verbs are WordNet's and the training corpus's.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class Lemmatizer : IPipe, IIrregularPastForms
{
    /// <summary>The kind written in the model file header.</summary>
    public const string Kind = "lemmatizer";

    /// <summary>The model file format this version reads and writes.</summary>
    public const int FormatVersion = 2;

    internal const int ExceptionKey = 101;
    internal const int SuffixKey = 102;

    private readonly Dictionary<ulong, string> _exceptions;
    private readonly Dictionary<ulong, int> _suffixes;
    private readonly LemmaRule[] _rules;

    private readonly HashSet<string> _caseKeepingTags;
    private readonly HashSet<string> _verbs;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _verbLookup;

    internal Lemmatizer(int maxSuffix, LemmaRule[] rules, Dictionary<ulong, int> suffixes, Dictionary<ulong, string> exceptions, HashSet<string> caseKeepingTags,
        HashSet<string>? verbs = null)
    {
        _caseKeepingTags = caseKeepingTags;
        _verbs = verbs ?? new HashSet<string>(StringComparer.Ordinal);
        _verbLookup = _verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxSuffix = maxSuffix;
        _rules = rules;
        _suffixes = suffixes;
        _exceptions = exceptions;
    }

    public string Name => "lemmatizer";

    public Annotations Requires => Annotations.Tokens | Annotations.Tags;

    public Annotations Assigns => Annotations.Lemmas;

    /// <summary>The longest suffix a rule is keyed on.</summary>
    public int MaxSuffix { get; }

    /// <summary>How many words the exception table holds.</summary>
    public int Exceptions => _exceptions.Count;

    /// <summary>The tags whose lemmas keep the case of the form.</summary>
    public IReadOnlyCollection<string> CaseKeepingTags => _caseKeepingTags;

    /// <summary>How many verbs it knows, to check its regular lemmas of verb forms against.</summary>
    public int KnownVerbs => _verbs.Count;

    /// <summary>How many suffixes have their own rule.</summary>
    public int SuffixRules => _suffixes.Count;

    /// <summary>Fills <see cref="Document.Lemmas"/> from the tokens' forms and XPOS tags.</summary>
    public void Process(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var text = doc.Text.AsSpan();
        var starts = doc.Starts;
        var ends = doc.Ends;
        var xpos = doc.Xpos;
        var lemmas = doc.Lemmas;
        char[] buffer = ArrayPool<char>.Shared.Rent(128);
        try
        {
            for (int i = 0; i < doc.Count; i++)
            {
                var form = text[starts[i]..ends[i]];
                if (form.Length + 64 > buffer.Length)
                {
                    ArrayPool<char>.Shared.Return(buffer);
                    buffer = ArrayPool<char>.Shared.Rent(form.Length + 64);
                }
                var lemma = Lemmatize(form, doc.Strings[xpos[i]], buffer, out string? exception);
                lemmas[i] = exception is not null ? doc.Strings.Add(exception) : doc.Strings.Add(lemma);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
        doc.Mark(Annotations.Lemmas);
    }

    /// <summary>The lemma of <paramref name="form"/> with Penn tag <paramref name="xpos"/> (allocates; <see cref="Process"/> does not).</summary>
    public string Lemmatize(string form, string xpos)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(xpos);
        var buffer = new char[form.Length + 64];
        var lemma = Lemmatize(form, xpos, buffer, out string? exception);
        return exception ?? lemma.ToString();
    }

    /// <summary>
    /// Computes the lemma into <paramref name="buffer"/> (at least the form's length + 64) and returns it,
    /// or sets <paramref name="exception"/> when the exception table gives it.
    /// </summary>
    internal ReadOnlySpan<char> Lemmatize(ReadOnlySpan<char> form, string xpos, Span<char> buffer, out string? exception)
    {
        exception = null;
        if (form.IsEmpty)
        {
            return form;
        }
        bool proper = _caseKeepingTags.Contains(xpos);
        var lower = buffer[..form.Length];
        form.ToLowerInvariant(lower);
        var key = proper ? form : lower;
        if (_exceptions.TryGetValue(Key(ExceptionKey, xpos, key), out exception))
        {
            return exception;
        }
        var rule = RuleFor(xpos, lower);
        if (!rule.AppliesTo(form.Length))
        {
            rule = LemmaRule.Identity;
        }
        var source = proper ? form : lower;
        int stem = source.Length - rule.Strip;
        var output = buffer[form.Length..];
        if (stem + rule.Append.Length > output.Length)
        {
            exception = string.Concat(source[..stem], rule.Append);
            return exception;
        }
        source[..stem].CopyTo(output);
        rule.Append.AsSpan().CopyTo(output[stem..]);
        var ruled = output[..(stem + rule.Append.Length)];
        if (_verbs.Count > 0 && xpos.StartsWith("VB", StringComparison.Ordinal) && !proper && !_verbLookup.Contains(ruled)
            && KnownRegularLemma(lower) is { } known)
        {
            return known;
        }
        return ruled;
    }

    /// <summary>The first known verb among the regular readings of verb form <paramref name="lower"/> (<see cref="RegularVerbForms"/>), or null.</summary>
    private string? KnownRegularLemma(ReadOnlySpan<char> lower)
    {
        foreach (var reading in RegularVerbForms.Bases(lower.ToString()))
        {
            if (_verbs.Contains(reading))
            {
                return reading;
            }
        }
        return null;
    }

    /// <inheritdoc/>
    public bool IsPresentForm(ReadOnlySpan<char> form)
    {
        if (_verbs.Count == 0)
        {
            return true;
        }
        if (form.Length > IIrregularPastForms.MaxFormLength)
        {
            return false;
        }
        Span<char> lower = stackalloc char[form.Length + 1];
        form.ToLowerInvariant(lower);
        lower = lower[..form.Length];
        if (_verbLookup.Contains(lower))
        {
            return true;
        }
        if (lower.Length > 4 && lower.EndsWith("ies"))
        {
            lower[^3] = 'y';
            return _verbLookup.Contains(lower[..^2]);
        }
        return lower.EndsWith("s") && (_verbLookup.Contains(lower[..^1]) || (lower.EndsWith("es") && _verbLookup.Contains(lower[..^2])));
    }

    /// <summary>
    /// Whether lemmatized as a simple past (VBD) <paramref name="form"/> has a lemma other than itself and other than
    /// what "-ed" or "-d" was added to ("froze" → "freeze", "overran" → "overrun", "fled" → "flee"): <see cref="PastFormEvidence.Listed"/>
    /// when the exception table gives it (the table holds WordNet's verb exceptions, <c>verb.exc</c>, that the suffix rules
    /// get wrong), <see cref="PastFormEvidence.Patterned"/> when a suffix rule does ("spoke", "broke" → "-eak"). Forms in
    /// "-s" and "-ing" are not past forms, nor are the forms of "be"; a form in "-ed" must be listed ("fled", "led"), as
    /// the rules make any such word a regular verb, and a rule must change the word, not only strip an ending.
    /// </summary>
    public PastFormEvidence ReadPast(ReadOnlySpan<char> form, Span<char> lemma, out int length)
    {
        length = 0;
        if (form.Length < 2 || form.Length > IIrregularPastForms.MaxFormLength || form[^1] is 's' or 'S'
            || form.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return PastFormEvidence.None;
        }
        Span<char> lower = stackalloc char[form.Length];
        form.ToLowerInvariant(lower);
        Span<char> buffer = stackalloc char[IIrregularPastForms.MaxLemmaLength];
        var read = Lemmatize(lower, "VBD", buffer, out string? exception);
        if (exception is null && lower.EndsWith("ed"))
        {
            return PastFormEvidence.None;
        }
        // WordNet lists the present "am" and "are" among the exceptions of "be".
        if (lower.SequenceEqual(read) || IsRegularPast(lower, read) || read is "be")
        {
            return PastFormEvidence.None;
        }
        // A rule that only strips an ending ("-a", "-1") is no past's pattern: the irregular ones change a vowel
        // ("-ore" → "-ear").
        if ((exception is null && lower.StartsWith(read)) || read.Length > lemma.Length)
        {
            return PastFormEvidence.None;
        }
        read.CopyTo(lemma);
        length = read.Length;
        return exception is not null ? PastFormEvidence.Listed : PastFormEvidence.Patterned;
    }

    /// <summary>True when <paramref name="past"/> is <paramref name="lemma"/> + "d", "ed", a doubled consonant + "ed", or "y" → "ied".</summary>
    private static bool IsRegularPast(ReadOnlySpan<char> past, ReadOnlySpan<char> lemma)
    {
        if (!past.EndsWith("d") || lemma.Length == 0)
        {
            return false;
        }
        var stem = past[..^1];
        return stem.SequenceEqual(lemma)
            || (stem.EndsWith("e") && (stem[..^1].SequenceEqual(lemma) || (stem.Length >= 3 && stem[^2] == stem[^3] && stem[..^2].SequenceEqual(lemma))
                || (lemma[^1] == 'y' && stem.EndsWith("ie") && stem[..^2].SequenceEqual(lemma[..^1]))));
    }

    /// <summary>The rule of the longest ending of <paramref name="lower"/> that has one for this tag.</summary>
    internal LemmaRule RuleFor(string xpos, ReadOnlySpan<char> lower)
    {
        for (int k = Math.Min(MaxSuffix, lower.Length); k >= 0; k--)
        {
            if (_suffixes.TryGetValue(Key(SuffixKey, xpos, lower[(lower.Length - k)..]), out int rule))
            {
                return _rules[rule];
            }
        }
        return LemmaRule.Identity;
    }

    internal static ulong Key(int kind, string xpos, ReadOnlySpan<char> text)
        => FeatureHash.End(FeatureHash.Add(FeatureHash.Add(FeatureHash.Begin(kind), xpos), text));

    /// <summary>Loads the lemmatizer in <paramref name="modelDirectory"/> (its <c>model.bin</c>); a missing, foreign or damaged file throws <see cref="ModelFormatException"/> naming it.</summary>
    public static Lemmatizer Load(string modelDirectory)
    {
        ArgumentNullException.ThrowIfNull(modelDirectory);
        var path = Path.Combine(modelDirectory, ModelFile.WeightsName);
        using var reader = ModelFile.Open(path, Kind, FormatVersion);
        return ModelFile.ReadContent(path, reader, r =>
        {
            int maxSuffix = r.ReadInt32();
            var rules = new LemmaRule[Count(r)];
            for (int i = 0; i < rules.Length; i++)
            {
                rules[i] = new LemmaRule(r.ReadInt32(), r.ReadString());
            }
            int suffixCount = Count(r);
            var suffixes = new Dictionary<ulong, int>(suffixCount);
            for (int i = 0; i < suffixCount; i++)
            {
                ulong key = r.ReadUInt64();
                int rule = r.ReadInt32();
                if ((uint)rule >= (uint)rules.Length)
                {
                    throw new InvalidDataException($"suffix rule {rule} of {rules.Length}.");
                }
                suffixes[key] = rule;
            }
            int exceptionCount = Count(r);
            var exceptions = new Dictionary<ulong, string>(exceptionCount);
            for (int i = 0; i < exceptionCount; i++)
            {
                exceptions[r.ReadUInt64()] = r.ReadString();
            }
            var tags = new HashSet<string>(StringComparer.Ordinal);
            int tagCount = Count(r);
            for (int i = 0; i < tagCount; i++)
            {
                tags.Add(r.ReadString());
            }
            var verbs = new HashSet<string>(StringComparer.Ordinal);
            int verbCount = Count(r);
            for (int i = 0; i < verbCount; i++)
            {
                verbs.Add(r.ReadString());
            }
            return new Lemmatizer(maxSuffix, rules, suffixes, exceptions, tags, verbs);
        });
    }

    private static int Count(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count < 0 || count > 50_000_000)
        {
            throw new InvalidDataException($"bad table size {count}.");
        }
        return count;
    }

    /// <summary>Writes <c>model.bin</c> into <paramref name="modelDirectory"/> and returns its size in bytes.</summary>
    public long Save(string modelDirectory)
    {
        ArgumentNullException.ThrowIfNull(modelDirectory);
        var path = Path.Combine(modelDirectory, ModelFile.WeightsName);
        using (var writer = ModelFile.Create(path, Kind, FormatVersion))
        {
            writer.Write(MaxSuffix);
            writer.Write(_rules.Length);
            foreach (var rule in _rules)
            {
                writer.Write(rule.Strip);
                writer.Write(rule.Append);
            }
            // Sorted so that the same training gives the same bytes.
            writer.Write(_suffixes.Count);
            foreach (var (key, rule) in _suffixes.OrderBy(kv => kv.Key))
            {
                writer.Write(key);
                writer.Write(rule);
            }
            writer.Write(_exceptions.Count);
            foreach (var (key, lemma) in _exceptions.OrderBy(kv => kv.Key))
            {
                writer.Write(key);
                writer.Write(lemma);
            }
            writer.Write(_caseKeepingTags.Count);
            foreach (var tag in _caseKeepingTags.Order(StringComparer.Ordinal))
            {
                writer.Write(tag);
            }
            writer.Write(_verbs.Count);
            foreach (var verb in _verbs.Order(StringComparer.Ordinal))
            {
                writer.Write(verb);
            }
        }
        return new FileInfo(path).Length;
    }
}
