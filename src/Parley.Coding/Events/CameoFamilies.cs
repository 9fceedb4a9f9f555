namespace Parley.Coding.Events;

/// <summary>Families of CAMEO codes, by their two-digit root, that the coder's rules treat alike.</summary>
internal static class CameoFamilies
{
    /// <summary>Talk: statements, appeals, demands, disapproval, rejection and threats (CAMEO 01, 02, 10–13), words rather than deeds.</summary>
    public static bool IsTalk(string code) => code[..2] is "01" or "02" or "10" or "11" or "12" or "13";

    /// <summary>
    /// Reactions to what someone did: disapproval (11), rejection (12), praise (051) and denial (016). Their object is
    /// often the deed ("condemned the attack", "denied the allegations"), not its doer, whom the story names elsewhere.
    /// </summary>
    public static bool IsReaction(string code) => code[..2] is "11" or "12" || code.StartsWith("051", StringComparison.Ordinal) || code.StartsWith("016", StringComparison.Ordinal);

    /// <summary>Attacks, coercion by force and mass violence (CAMEO 18, 19, 20): the events a weapon or an attack is.</summary>
    public static bool IsViolent(string code) => code[..2] is "18" or "19" or "20";
}
