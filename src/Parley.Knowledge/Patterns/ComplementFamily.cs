namespace Parley.Knowledge.Patterns;

/// <summary>
/// How a predicate that governs another event recodes it (verbs.yaml <c>complements</c>): an expression of intent
/// ("agreed to meet" → 036), an appeal ("called for talks" → 026), a rejection ("refused to negotiate" → 125) or a
/// demand. <see cref="ByRoot"/> maps the governed event's CAMEO root ("04") to the code of the whole.
/// </summary>
public sealed record ComplementFamily(string Name, IReadOnlyDictionary<string, string> ByRoot)
{
    /// <summary>The code for a governed event of CAMEO root <paramref name="root"/>, or null when the family has none for it.</summary>
    public string? CodeFor(string root) => ByRoot.GetValueOrDefault(root);
}
