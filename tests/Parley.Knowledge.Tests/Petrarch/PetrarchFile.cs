namespace Parley.Knowledge.Tests.Petrarch;

/// <summary>A hand-written PETRARCH dictionary in a temporary file, deleted with the test.</summary>
internal sealed class PetrarchFile : IDisposable
{
    public PetrarchFile(string text, string name = "test.txt")
    {
        Dir = Path.Combine(Path.GetTempPath(), "parley-petrarch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
        Path_ = Path.Combine(Dir, name);
        File.WriteAllText(Path_, text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    public string Dir { get; }

    public string Path_ { get; }

    public string Add(string name, string text)
    {
        string path = Path.Combine(Dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
