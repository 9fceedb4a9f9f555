namespace Parley.Ingest.Tests;

/// <summary>
/// A fact about file permissions: root reads files whatever their mode, so it is skipped, saying why,
/// when the tests run as root (as CI does). Other unreadable inputs are tested under any user.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnlessRootFactAttribute : FactAttribute
{
    public UnlessRootFactAttribute()
    {
        if (!OperatingSystem.IsWindows() && Environment.UserName == "root")
        {
            Skip = "root can read a file with mode 000, so permission denied cannot happen";
        }
    }
}
