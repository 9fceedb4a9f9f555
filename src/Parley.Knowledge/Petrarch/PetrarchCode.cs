namespace Parley.Knowledge.Petrarch;

/// <summary>
/// A PETRARCH event code as written in brackets: <c>064</c>, or <c>032:033</c> — the event from source to target,
/// then the event the target does back to the source (an arrival for a departure) — or <c>:173</c> with only the
/// second. <c>---</c> is the null code: no event.
/// </summary>
/// <param name="Primary">The source→target code, or null when there is none (<c>---</c>, or nothing before the colon).</param>
/// <param name="Secondary">The target→source code after the colon, or null.</param>
public readonly record struct PetrarchCode(string? Primary, string? Secondary)
{
    /// <summary>The null code: no event either way.</summary>
    public static readonly PetrarchCode None = new(null, null);

    /// <summary>True when the code gives no event at all.</summary>
    public bool IsNone => Primary is null && Secondary is null;

    /// <summary>Reads a code as written in a dictionary (without the brackets).</summary>
    public static PetrarchCode Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        code = code.Trim();
        int colon = code.IndexOf(':');
        if (colon < 0)
        {
            return new PetrarchCode(Part(code), null);
        }
        return new PetrarchCode(Part(code[..colon]), Part(code[(colon + 1)..]));
    }

    private static string? Part(string part)
    {
        part = part.Trim();
        return part.Length == 0 || part == "---" ? null : part;
    }

    public override string ToString() => Secondary is null ? Primary ?? "---" : (Primary ?? "") + ":" + Secondary;
}
