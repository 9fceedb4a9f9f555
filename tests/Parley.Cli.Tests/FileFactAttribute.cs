namespace Parley.Cli.Tests;

/// <summary>A fact that needs a system file (such as /dev/full) to stand for a fault; skipped, saying so, where there is none.</summary>
public sealed class FileFactAttribute : FactAttribute
{
    public FileFactAttribute(string path, string standsFor)
    {
        if (!File.Exists(path))
        {
            Skip = $"there is no {path} on this system to stand for {standsFor}";
        }
    }
}
