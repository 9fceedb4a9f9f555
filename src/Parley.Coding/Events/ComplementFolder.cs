using Parley.Knowledge.Patterns;
using Parley.Text;

namespace Parley.Coding.Events;

/// <summary>
/// Folds an event governed by a complement-taking trigger into that trigger ("agreed to meet" is one event, 036;
/// "signaled its openness to exploring a meeting" too), and works out the code of the whole from the trigger's
/// complement family. The folded events are marked absorbed so that they are not coded again on their own.
/// </summary>
internal sealed class ComplementFolder(EventPatterns patterns)
{
    /// <summary>How deep a complement is looked for through verbs and nouns that are not events ("openness to exploring a meeting").</summary>
    private const int MaxComplementDepth = 3;

    private readonly EventPatterns _patterns = patterns;

    /// <summary>Folds each event governed by a complement-taking trigger into it, and works out the code of the whole.</summary>
    public Folding Fold(DependencyTree tree, Trigger?[] triggers)
    {
        var folding = new Folding(new bool[tree.Count], [], []);
        for (int t = 0; t < tree.Count; t++)
        {
            if (triggers[t] is { Complement: not null })
            {
                Resolve(tree, triggers, t, folding, 0);
            }
        }
        return folding;
    }

    private string Resolve(DependencyTree tree, Trigger?[] triggers, int t, Folding folding, int depth)
    {
        var trigger = triggers[t]!;
        if (folding.Codes.TryGetValue(t, out var known))
        {
            return known;
        }
        string code = trigger.Code;
        var chain = new List<int> { t };
        if (trigger.Complement is { } familyName && _patterns.Family(familyName) is { } family && depth < 4
            && Complement(tree, triggers, t, familyName, folding, depth, chain) is int inner and >= 0)
        {
            string innerCode = Resolve(tree, triggers, inner, folding, depth + 1);
            string? whole = triggers[inner]!.Complement == familyName ? innerCode : family.CodeForEvent(innerCode);
            if (whole is not null)
            {
                code = whole;
                folding.Absorbed[inner] = true;
                chain.AddRange(folding.Chains.GetValueOrDefault(inner) ?? [inner]);
            }
            else
            {
                chain.RemoveRange(1, chain.Count - 1);
            }
        }
        folding.Codes[t] = code;
        folding.Chains[t] = chain;
        return code;
    }

    /// <summary>
    /// The complement event of <paramref name="t"/>. When the first one found is of the same family and has no
    /// complement of its own ("signaled its openness" + "to exploring a meeting" attached to the verb), the search
    /// goes on past it, and the two are one expression. An event noun may find its complement beside it, as an
    /// infinitive of its governor ("receiving an invitation" + "to visit China").
    /// </summary>
    private int Complement(DependencyTree tree, Trigger?[] triggers, int t, string family, Folding folding, int depth, List<int> chain)
    {
        int first = FindComplement(tree, triggers, t, 0, chain, -1);
        if (first >= 0 && triggers[first]!.Complement == family)
        {
            Resolve(tree, triggers, first, folding, depth + 1);
            if (folding.Chains[first].Count == 1)
            {
                var more = new List<int>(chain) { first };
                int further = FindComplement(tree, triggers, t, 0, more, first);
                if (further >= 0)
                {
                    folding.Absorbed[first] = true;
                    chain.Clear();
                    chain.AddRange(more);
                    return further;
                }
            }
        }
        int governor = tree.Head(t);
        if (first < 0 && triggers[t]!.IsNoun && governor >= 0)
        {
            foreach (int c in tree.Children(governor))
            {
                if (c > t && (tree.Is(c, "advcl") || tree.Is(c, "xcomp")) && tree.CaseOf(c) == "to" && triggers[c] is not null)
                {
                    return c;
                }
            }
        }
        return first;
    }

    /// <summary>The event trigger governed by <paramref name="t"/> as its complement, reached through non-event verbs and nouns; -1 when none. The tokens passed on the way are added to <paramref name="path"/>.</summary>
    private static int FindComplement(DependencyTree tree, Trigger?[] triggers, int t, int depth, List<int> path, int skip)
    {
        foreach (int c in tree.Children(t))
        {
            if (c == skip || !IsComplement(tree, c))
            {
                continue;
            }
            if (triggers[c] is not null)
            {
                return c;
            }
            if (depth < MaxComplementDepth && tree.Upos(c) is "VERB" or "NOUN")
            {
                path.Add(c);
                int found = FindComplement(tree, triggers, c, depth + 1, path, skip);
                if (found >= 0)
                {
                    return found;
                }
                path.RemoveAt(path.Count - 1);
            }
        }
        return -1;
    }

    private static bool IsComplement(DependencyTree tree, int c)
    {
        if (tree.Is(c, "xcomp") || tree.Is(c, "obj") || tree.Is(c, "ccomp"))
        {
            return true;
        }
        if (tree.Is(c, "obl") || tree.Is(c, "nmod") || tree.Is(c, "acl") || tree.Is(c, "advcl"))
        {
            // "pledged 500 million euros in aid" reaches the aid through "in".
            return tree.CaseOf(c) is "to" or "for" or "on" or "about" or "toward" or "towards" or "of" or "in";
        }
        return false;
    }
}

/// <summary>The outcome of folding: which triggers were absorbed, each remaining trigger's chain of folded tokens and its code.</summary>
internal sealed record Folding(bool[] Absorbed, Dictionary<int, List<int>> Chains, Dictionary<int, string> Codes);
