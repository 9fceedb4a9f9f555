namespace Parley.Testing;

/// <summary>Says why a test that needs shared data cannot run, or null when it can.</summary>
public static class SharedDataRequirement
{
    public static string? MissingReason(IEnumerable<string> relativePaths)
    {
        foreach (var relative in relativePaths)
        {
            var path = RepositoryPaths.InSharedData(relative);
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                return $"needs {path}, which is absent (the shared data sits beside the repository at ../shared/data)";
            }
        }
        return null;
    }
}
