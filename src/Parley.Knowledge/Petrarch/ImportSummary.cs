namespace Parley.Knowledge.Petrarch;

/// <summary>
/// What compiling PETRARCH actor or agent dictionaries into Parley's format did: how many entries went in, how many
/// names (or forms) and dated roles they carry, and each source line or code left out with the reason, as
/// <c>file:line: what is wrong</c>.
/// </summary>
public sealed record ImportSummary
{
    /// <summary>Entries written to the compiled file.</summary>
    public required int Entries { get; init; }

    /// <summary>Names (actors) or word forms (agents) the written entries carry.</summary>
    public required int Names { get; init; }

    /// <summary>Roles the written entries carry (actors; zero for agents).</summary>
    public int Roles { get; init; }

    /// <summary>Source lines or codes left out, with why.</summary>
    public required IReadOnlyList<string> Refused { get; init; }
}
