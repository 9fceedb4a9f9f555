using Parley.Coding.Tests.Golden;
using Parley.Testing;

namespace Parley.Coding.Tests.Events;

/// <summary>
/// The commonest classes of news event sentences (sentence-classes.tsv, written by the team), each coded on its own
/// by the shipped coder: some event must have the listed code and the listed source and target ('none': no event). A class that breaks
/// costs events on every story that uses it, so each line stands for many sentences of held-out news.
/// </summary>
[Trait("Category", "Model")]
public class SentenceClassesTests
{
    private static readonly DateOnly Date = new(2025, 3, 1);

    /// <summary>(code, source, target, sentence) for each line of the list that is not a comment.</summary>
    public static TheoryData<string, string, string, string> Classes()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadLines(RepositoryPaths.InRepo("tests", "Parley.Coding.Tests", "Events", "sentence-classes.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var fields = line.Split('\t');
            data.Add(fields[0], fields[1], fields[2], fields[3]);
        }
        return data;
    }

    [Fact]
    public void The_list_covers_at_least_twenty_sentences()
    {
        Assert.True(Classes().Count() >= 20, $"{Classes().Count()} sentences");
    }

    [ShippedCoderTheory]
    [MemberData(nameof(Classes))]
    public void The_sentence_gives_its_event(string code, string source, string target, string sentence)
    {
        bool eitherWay = code.StartsWith('~');
        code = code.TrimStart('~');

        var events = ShippedCoder.CodeText(sentence, Date);
        if (code == "none")
        {
            Assert.True(events.Count == 0, "wanted no event; the coder gives: " + string.Join("; ", events.Select(e => $"{e.Cameo} ('{e.Trigger.Text}')")));
            return;
        }

        static bool Is(EventActor? actor, string code) => code switch
        {
            "-" => actor is null,
            "?" => actor is { Code: null },
            _ => actor?.Code?.StartsWith(code, StringComparison.Ordinal) == true,
        };
        bool Matches(EventRecord e, string from, string to) => Is(e.Source, from) && Is(e.Target, to);
        Assert.True(
            events.Any(e => e.Cameo.StartsWith(code, StringComparison.Ordinal) && (Matches(e, source, target) || (eitherWay && Matches(e, target, source)))),
            $"wanted {code} {source} -> {target}; the coder gives: "
            + (events.Count == 0 ? "nothing" : string.Join("; ", events.Select(e => $"{e.Cameo} {e.Source?.Code ?? "-"} -> {e.Target?.Code ?? "-"} ('{e.Trigger.Text}')"))));
    }

    [ShippedCoderFact]
    public void A_force_its_purpose_clause_tells_again_is_one_event()
    {
        var events = ShippedCoder.CodeText("Georgian police used water cannon to disperse thousands of protesters in Tbilisi.", Date);

        var repression = Assert.Single(events, e => e.Cameo == "175");
        Assert.Equal("GEOOPP", repression.Target?.Code);
    }

    [ShippedCoderFact]
    public void The_dead_a_participle_counts_after_an_attack_are_not_a_second_event()
    {
        var events = ShippedCoder.CodeText("Gunmen attacked a hotel in Mogadishu on Sunday, killing at least 12 people.", Date);

        var attack = Assert.Single(events, e => e.CameoRoot is "18" or "19" or "20");
        Assert.Equal("attacked", attack.Trigger.Text);
    }
}
