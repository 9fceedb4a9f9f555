namespace Parley.Text.Tests.Tokenization;

/// <summary>Test inputs copied beside the test assembly (so they are found wherever the build output goes).</summary>
internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>The seed story as a dated wire file: a <c>date</c> line, the title line, then the body.</summary>
    public static string SeedFile => File.ReadAllText(Path("seed-2025-07-22.txt"));

    /// <summary>The seed story with its <c>date</c> line removed, as the ingest layer hands it on.</summary>
    public static string SeedArticle
    {
        get
        {
            var text = SeedFile;
            return text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        }
    }
}
