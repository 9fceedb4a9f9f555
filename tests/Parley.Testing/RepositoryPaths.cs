namespace Parley.Testing;

/// <summary>Finds the repository root (the folder with Parley.sln) and the shared data beside it, from wherever the tests run.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => RootPath.Value;

    /// <summary><c>../shared/data</c> beside the repository (it may be absent).</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    /// <summary><c>../shared</c> beside the repository (it may be absent).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A path below the repository root.</summary>
    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A path below <c>../shared/data</c>.</summary>
    public static string InSharedData(params string[] parts) => Path.Combine([SharedData, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.sln")))
            {
                return dir.FullName;
            }
        }
        // Built outside the tree (PARLEY_ARTIFACTS): use the tree the assembly was built from.
        var built = typeof(RepositoryPaths).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (built is not null && File.Exists(Path.Combine(built, "Parley.sln")))
        {
            return built;
        }
        throw new InvalidOperationException("Cannot find Parley.sln above the test assembly or in the tree it was built from.");
    }
}
