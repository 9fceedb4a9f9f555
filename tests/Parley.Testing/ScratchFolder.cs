namespace Parley.Testing;

/// <summary>A new folder under the system temp folder for one test, deleted (with its contents) on dispose.</summary>
public sealed class ScratchFolder : IDisposable
{
    /// <param name="prefix">Names the test project in the folder's name, so that a leftover says whose it is.</param>
    public ScratchFolder(string prefix = "parley-tests")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():n}");
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder, as a full path.</summary>
    public string Path { get; }

    /// <summary>The path of <paramref name="name"/> in the folder; with <paramref name="content"/>, the file is written first.</summary>
    public string File(string name, string? content = null)
    {
        var path = System.IO.Path.Combine(Path, name);
        if (content is not null)
        {
            System.IO.File.WriteAllText(path, content);
        }
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still held open by a child process; the temp folder is cleaned up eventually.
        }
    }
}
