namespace Parley.Knowledge.Events;

/// <summary>One code of the CAMEO event codebook with its Goldstein weight and quad class.</summary>
/// <param name="Code">Two to four digits: "03", "036", "0311".</param>
/// <param name="Name">Short name ("Express intent to meet or negotiate").</param>
/// <param name="Goldstein">Conflict–cooperation weight, -10 (most conflictual) to +10 (most cooperative).</param>
/// <param name="QuadClass">1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
/// <param name="Root">The two-digit root ("03").</param>
/// <param name="Parent">The code one level up ("036" for "0361"); null for a root.</param>
public sealed record CameoCode(string Code, string Name, double Goldstein, int QuadClass, string Root, string? Parent)
{
    /// <summary>True for the twenty two-digit roots.</summary>
    public bool IsRoot => Parent is null;
}
