using Parley.Coding.Actors;
using Parley.Knowledge.Patterns;
using Parley.Knowledge.Places;
using Parley.Text;

namespace Parley.Coding.Events;

/// <summary>
/// A pattern's code made specific by the event's sides: a verb's <see cref="VerbPattern.PlaceCode"/> when its target is
/// a place ("captured Goma", 192), its <see cref="VerbPattern.BodyCode"/> when it is an international organization
/// ("withdrew from ECOWAS", 161), its <see cref="VerbPattern.StateCode"/> when a state acts ("Turkish commandos
/// captured Ocalan", 173), its <see cref="VerbPattern.ArmedCode"/> between armed sides ("soldiers backed by Djiboutian
/// troops", 062), its <see cref="VerbPattern.ArmedGroupCode"/> when an armed group that is no state's does it ("the
/// group said it had killed ten people", 180); the pattern's foreign code when the sides are of two countries (a ban on another's people, 163);
/// and a plain attack by aircraft (195) or by a state's forces against protesters (175).
/// </summary>
internal static class CodeBySides
{
    /// <summary>
    /// The code of an event of <paramref name="code"/> from <paramref name="source"/> to <paramref name="target"/>;
    /// <paramref name="verb"/> is the trigger's own verb pattern when nothing was folded into it, else null.
    /// </summary>
    /// <remarks>
    /// <paramref name="foreignCode"/> is the trigger pattern's <see cref="VerbPattern.ForeignCode"/> (or a noun's) when
    /// nothing was folded into it. <paramref name="doer"/>, when not -1, is the head noun of a subject that names no
    /// actor ("Allied aircraft bombed
    /// Baghdad"): the means of an attack show though no one is named.
    /// </remarks>
    public static string Of(DependencyTree tree, string code, VerbPattern? verb, ActorMention? source, ActorMention? target, Gazetteer gazetteer, int doer = -1, string? foreignCode = null)
    {
        if (verb?.PlaceCode is { } placeCode && target is not null && (target.IsPlace || gazetteer.Find(target.Text).Count > 0))
        {
            code = placeCode;
        }
        else if (verb?.BodyCode is { } bodyCode && target?.Code is { } targetCode && targetCode.StartsWith("IGO", StringComparison.Ordinal))
        {
            code = bodyCode;
        }
        else if (verb?.StateCode is { } stateCode && source is not null && IsStateAgent(source))
        {
            code = stateCode;
        }
        else if (verb?.ArmedCode is { } armedCode && target is not null && IsArmed(target) && source is not null && (IsArmed(source) || IsStateAgent(source)))
        {
            code = armedCode;
        }
        else if (verb?.ArmedGroupCode is { } armedGroupCode && source is not null && IsArmed(source) && !IsStateAgent(source))
        {
            code = armedGroupCode;
        }
        if (foreignCode is not null && target?.Country is { } targetCountry && (source?.Country ?? source?.Code?[..3]) is { } sourceCountry
            && sourceCountry != targetCountry)
        {
            code = foreignCode;
        }
        return ByMeansAndVictims(tree, code, source, target, doer);
    }

    /// <summary>Aircraft, whose attacks are aerial (195) whatever verb tells them ("warplanes bombed", "jets struck").</summary>
    private static readonly HashSet<string> Aircraft = new(StringComparer.OrdinalIgnoreCase)
    {
        "warplane", "jet", "aircraft", "plane", "airplane", "bomber", "drone", "helicopter", "gunship", "airforce",
    };

    /// <summary>What a cyberattack strikes, the target itself or what it owns: "attacked the website of the parliament", "an attack on the ministry's servers".</summary>
    private static readonly HashSet<string> Networks = new(StringComparer.OrdinalIgnoreCase)
    {
        // Not "site" or "network": "Israel struck Iran's nuclear sites", "attacked the militants' network".
        "website", "homepage", "webpage", "server", "database",
    };

    /// <summary>People gathered in protest, against whom a state's force is repression (175).</summary>
    private static readonly HashSet<string> Crowds = new(StringComparer.OrdinalIgnoreCase)
    {
        "protester", "protestor", "demonstrator", "crowd", "marcher", "rioter", "mourner", "picketer", "activist",
    };

    /// <summary>
    /// A plain attack made specific by who did it to whom: by aircraft it is aerial ("Israeli warplanes bombed Hamas
    /// compounds", 195); by a state's forces against protesters it is violent repression ("security forces killed more
    /// than 100 protesters", "troops opened fire on demonstrators", 175), as CAMEO codes both. Force used by protesters
    /// themselves is protest (<see cref="ByCrowd"/>).
    /// </summary>
    private static string ByMeansAndVictims(DependencyTree tree, string code, ActorMention? source, ActorMention? target, int doer)
    {
        if (source is not null && Crowds.Contains(NounOf(tree, source)))
        {
            return ByCrowd(code);
        }
        if (code is "190" or "180" && target is not null
            && (Networks.Contains(NounOf(tree, target)) || (tree.Head(target.Head) is int owned and >= 0 && Networks.Contains(tree.Lemma(owned)))))
        {
            // "Hackers attacked the Church of Scientology's website": CAMEO has no cyber code, and a cyberattack
            // damages property (171), as the team's gold codes it.
            return "171";
        }
        if (code is not ("190" or "183" or "193" or "180" or "182"))
        {
            return code;
        }
        string? means = source is not null ? NounOf(tree, source) : doer >= 0 ? tree.Lemma(doer) : null;
        if (means is not null && Aircraft.Contains(means) && code is "190" or "183")
        {
            return "195";
        }
        if (source is not null && target is not null && IsStateAgent(source) && Crowds.Contains(NounOf(tree, target)))
        {
            return "175";
        }
        return code;
    }

    /// <summary>
    /// What protesters do by force is protest, as CAMEO codes it: blocking a road or a building obstructs passage (144:
    /// "protesters blocked the highway"), taking one over is a sit-in (141: "Kurds occupied Greek embassies"), and
    /// storming, wrecking, burning or fighting is a riot (145: "protesters stormed parliament", "set fire to the
    /// embassy", "clashed with police"). Repression of them by a state is the state's event (175), not theirs.
    /// </summary>
    private static string ByCrowd(string code) => code switch
    {
        "191" => "144",
        "192" => "141",
        _ when code.StartsWith("17", StringComparison.Ordinal) && code != "175" => "145",
        _ when code.StartsWith("18", StringComparison.Ordinal) || code.StartsWith("19", StringComparison.Ordinal) => "145",
        _ => code,
    };

    /// <summary>The noun an actor names: its head, or the noun its country word modifies ("Russian jets" → jet).</summary>
    private static string NounOf(DependencyTree tree, ActorMention actor)
    {
        int head = actor.Head;
        if ((tree.Is(head, "amod") || tree.Is(head, "compound") || tree.Is(head, "nmod:poss")) && tree.Head(head) >= 0)
        {
            head = tree.Head(head);
        }
        return tree.Lemma(head);
    }

    /// <summary>Sectors of a state's own agents: government, armed forces, police, courts, intelligence.</summary>
    private static readonly HashSet<string> StateSectors = new(StringComparer.Ordinal) { "GOV", "MIL", "COP", "JUD", "SPY" };

    /// <summary>Sectors of people under arms: armed forces, police, rebels, insurgents, militias, armed groups.</summary>
    private static readonly HashSet<string> ArmedSectors = new(StringComparer.Ordinal) { "MIL", "COP", "REB", "INS", "UAF", "SEP" };

    /// <summary>True for people under arms ("Djiboutian soldiers", "clan militias", Islamic State and other international militant groups, IMG).</summary>
    private static bool IsArmed(ActorMention actor) =>
        actor.Sectors.Any(ArmedSectors.Contains) || actor.Code?.StartsWith("IMG", StringComparison.Ordinal) == true;

    /// <summary>
    /// True for a state acting: a country named by itself or one of its state agents ("Turkish commandos"). Not people
    /// the text names only by a common noun and the story's country gives a code ("Thousands protested").
    /// </summary>
    private static bool IsStateAgent(ActorMention actor) =>
        actor.Country is not null
        && (actor.IsPlace || (actor.Code == actor.Country && actor.Basis != MentionBasis.StoryCountry) || actor.Sectors.Any(StateSectors.Contains));
}
