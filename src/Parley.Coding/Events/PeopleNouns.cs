using Parley.Text;

namespace Parley.Coding.Events;

/// <summary>
/// Tells a common noun that names people ("opponents", "analysts", "the nation") from one that names a thing or an idea
/// ("the blast", "the decision"), for subjects no dictionary resolves. The agent dictionaries already resolve most
/// people nouns to a sector; these are the ones they leave without one. Left out: bodies that are as often
/// international as national ("the group", "the commission", "the union", "the two sides"), which the actor linker
/// resolves from the story when it can. Names (PROPN) are not guessed at: a name the entity tagger missed is as often
/// a storm, a day or a product as a person.
/// </summary>
internal static class PeopleNouns
{
    /// <summary>Nouns for people and bodies of people, singular (the lemma the lemmatizer gives).</summary>
    private static readonly HashSet<string> People = new(StringComparer.OrdinalIgnoreCase)
    {
        "person", "people", "man", "woman", "child", "parent", "wife", "husband", "family", "relative", "client", "foreigner",
        "resident", "citizen", "voter", "critic", "opponent", "supporter", "rival", "ally", "partner", "neighbor", "neighbour",
        "member", "official", "leader", "guard", "worker", "student", "farmer", "crowd", "mob", "gunman", "attacker",
        "fighter", "rebel", "militant", "protester", "protestor", "demonstrator", "victim", "survivor", "refugee", "migrant",
        "prisoner", "detainee", "captor", "kidnapper", "soldier", "troop", "officer", "lawmaker", "legislator", "negotiator",
        "mediator", "observer", "investigator", "prosecutor", "lawyer", "attorney", "judge", "spokesman", "spokeswoman",
        "spokesperson", "expert", "adviser", "advisor", "envoy", "delegate", "representative", "team", "community", "tribe",
        "clan", "faction", "nation", "country", "administration", "authority", "company", "firm", "elder", "villager",
        "owner", "employer", "employee", "staff", "crew",
        // A bare count of people: "Thousands protested in Belgrade", "Hundreds rallied", "Dozens fled". With an "of"
        // phrase the phrase says who they are ("thousands of miners").
        "dozen", "hundred", "thousand", "million", "ten",
    };

    /// <summary>Word endings of nouns for people: "analyst", "activist", "politician", "civilian".</summary>
    private static readonly string[] PeopleEndings = ["ist", "ian"];

    /// <summary>True when common noun <paramref name="i"/> names people or a body of them.</summary>
    public static bool Names(DependencyTree tree, int i)
    {
        if (tree.Upos(i) != "NOUN")
        {
            return false;
        }
        string lemma = tree.Lemma(i);
        return People.Contains(lemma) || PeopleEndings.Any(e => lemma.Length > e.Length + 2 && lemma.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }
}
