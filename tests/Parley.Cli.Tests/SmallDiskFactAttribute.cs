namespace Parley.Cli.Tests;

/// <summary>A fact that mounts a small disk to fill (a tmpfs of a few kilobytes); skipped, saying why, where this process may not mount one.</summary>
public sealed class SmallDiskFactAttribute : FactAttribute
{
    public SmallDiskFactAttribute()
    {
        if (IoFailureTests.SmallDisk.Unavailable.Value is { } problem)
        {
            Skip = $"no small disk to fill: {problem}";
        }
    }
}
