using Parley.Knowledge.Patterns;

namespace Parley.Coding.Tests.Events;

/// <summary>A small hand-built pattern set, so the coder's unit tests do not move when the shipped dictionaries grow.</summary>
internal static class TestPatterns
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    public static EventPatterns Create() => new(
        [
            new VerbPattern { Id = "criticize", Lemmas = ["criticize", "condemn"], Code = "111" },
            new VerbPattern { Id = "accuse", Lemmas = ["accuse"], Code = "112" },
            new VerbPattern { Id = "call-for", Lemmas = ["call"], Code = "020", Preposition = "for", Targets = ["on"], TargetOptional = true, Complement = "appeal" },
            new VerbPattern { Id = "urge", Lemmas = ["urge"], Code = "020", TargetOptional = true, Complement = "appeal" },
            new VerbPattern { Id = "meet", Lemmas = ["meet"], Code = "040", Targets = ["obj", "with"] },
            new VerbPattern { Id = "visit", Lemmas = ["visit"], Code = "042" },
            new VerbPattern { Id = "attack", Lemmas = ["attack"], Code = "190" },
            new VerbPattern { Id = "agree", Lemmas = ["agree", "promise", "signal", "plan"], Code = "030", TargetOptional = true, Complement = "intent" },
            new VerbPattern { Id = "open-to", Lemmas = ["open", "ready", "willing", "committed"], Code = "030", TargetOptional = true, Complement = "intent" },
        ],
        [
            new NounPattern { Id = "phone-call", Lemmas = ["call", "conversation"], Code = "041", Modifiers = ["phone", "telephone"] },
            new NounPattern { Id = "meeting", Lemmas = ["meeting", "summit", "talks", "talk", "negotiation", "communication"], Code = "040" },
            new NounPattern { Id = "face-to-face", Lemmas = ["meeting"], Code = "044", Modifiers = ["face-to-face"] },
            new NounPattern { Id = "visit", Lemmas = ["visit", "trip"], Code = "042", Targets = ["to"], AtTarget = true },
            new NounPattern { Id = "invitation", Lemmas = ["invitation"], Code = "036", Targets = ["to"], Complement = "intent" },
            new NounPattern { Id = "support", Lemmas = ["support"], Code = "051", Verbs = ["voice", "express"], Targets = ["for"] },
            new NounPattern { Id = "openness", Lemmas = ["openness", "willingness"], Code = "030", Targets = ["to"], TargetOptional = true, Complement = "intent" },
        ],
        [
            new ComplementFamily("intent", new Dictionary<string, string> { ["04"] = "036", ["05"] = "032", ["06"] = "031", ["07"] = "033", ["03"] = "030" }),
            new ComplementFamily("appeal", new Dictionary<string, string> { ["04"] = "026", ["05"] = "022", ["06"] = "021", ["07"] = "023" }),
        ],
        new ModalityCues
        {
            HypotheticalAuxiliaries = Set("could", "might", "may", "would", "should", "can"),
            HypotheticalModifiers = Set("potential", "possible", "proposed"),
            HypotheticalGovernors = Set("explore", "consider", "speculation", "inevitable", "possible", "likely"),
            FutureAuxiliaries = Set("will", "shall"),
            FutureModifiers = Set("upcoming", "planned", "scheduled"),
            FutureGovernors = Set("plan", "schedule", "set", "expect", "decide"),
            Negators = Set("not", "never", "n't", "no"),
            NegatingGovernors = Set("deny", "refuse", "cancel"),
            ReportingVerbs = Set("say", "tell", "report", "announce", "acknowledge", "suggest", "claim"),
            RealisingVerbs = Set("hold", "have", "take", "attend", "host"),
            StrikingVerbs = Set("explode", "hit"),
            NegativeJudgements = Set("illegal", "unacceptable"),
            DeedNouns = Set("move", "decision"),
        });
}
