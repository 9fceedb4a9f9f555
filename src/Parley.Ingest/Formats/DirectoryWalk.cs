namespace Parley.Ingest.Formats;

/// <summary>
/// The files of supported types below a directory, in ordinal order of their paths so that runs are
/// repeatable on every file system. Hidden entries (names starting with a dot) are skipped; a
/// directory reached twice through symbolic links is read once; a subdirectory that cannot be listed
/// becomes a problem in its place.
/// </summary>
internal static class DirectoryWalk
{
    public static IEnumerable<(string? File, IngestProblem? Problem)> Files(string root)
    {
        var found = new List<(string Path, IngestProblem? Problem)>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            if (!visited.Add(RealPath(directory)))
            {
                continue;
            }
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(directory).EnumerateFileSystemInfos("*", new EnumerationOptions
                {
                    IgnoreInaccessible = false,
                    AttributesToSkip = 0,
                    RecurseSubdirectories = false,
                })];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var reason = e is UnauthorizedAccessException ? "permission denied" : e.Message;
                found.Add((directory, new IngestProblem(directory, null, IngestProblemKind.Unreadable, $"cannot list the directory: {reason}; skipped")));
                continue;
            }
            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden))
                {
                    continue;
                }
                var path = Path.Combine(directory, entry.Name);
                if (entry is DirectoryInfo)
                {
                    pending.Push(path);
                }
                else if (FormatSniffer.FromExtension(entry.Name) is not null)
                {
                    found.Add((path, null));
                }
            }
        }
        found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        foreach (var (path, problem) in found)
        {
            yield return problem is null ? (path, null) : (null, problem);
        }
    }

    private static string RealPath(string directory)
    {
        try
        {
            var info = new DirectoryInfo(directory);
            return (info.ResolveLinkTarget(returnFinalTarget: true) ?? info).FullName;
        }
        catch (IOException)
        {
            return Path.GetFullPath(directory);
        }
    }
}
