namespace Parley.Nlp.Lemmatization;

/// <summary>A suffix rewrite: drop <see cref="Strip"/> characters from the end, then add <see cref="Append"/> ("studies" → strip 3, append "y").</summary>
public readonly record struct LemmaRule(int Strip, string Append)
{
    /// <summary>The lemma is the form itself.</summary>
    public static LemmaRule Identity { get; } = new(0, string.Empty);

    /// <summary>The rule that rewrites <paramref name="form"/> into <paramref name="lemma"/> (keeping their longest common prefix).</summary>
    public static LemmaRule Between(string form, string lemma)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(lemma);
        int common = form.AsSpan().CommonPrefixLength(lemma);
        return new LemmaRule(form.Length - common, lemma[common..]);
    }

    /// <summary>True when the rule can apply to a form of <paramref name="length"/> characters.</summary>
    public bool AppliesTo(int length) => Strip <= length;

    public override string ToString() => $"-{Strip}+{Append}";
}
