using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Parley.Knowledge.Loading;

/// <summary>
/// A parsed dictionary file: its top-level mapping and the path problems are reported against. Loading it never
/// throws; a syntax error becomes a problem with the parser's line.
/// </summary>
internal sealed class YamlFile
{
    private YamlFile(string path, YamlMappingNode root)
    {
        Path = path;
        Root = root;
    }

    public string Path { get; }

    public YamlMappingNode Root { get; }

    /// <summary>Parses <paramref name="path"/>; null (with a problem logged) when it is missing or not valid YAML.</summary>
    public static YamlFile? Load(string path, ProblemLog log)
    {
        if (!File.Exists(path))
        {
            log.Add(path, 0, "file not found");
            return null;
        }
        try
        {
            using var reader = new StreamReader(path);
            return Parse(path, reader, log);
        }
        catch (IOException e)
        {
            log.Add(path, 0, $"cannot read the file: {e.Message}");
            return null;
        }
    }

    /// <summary>Parses YAML text that claims to come from <paramref name="path"/> (tests use this with in-memory text).</summary>
    public static YamlFile? Parse(string path, TextReader reader, ProblemLog log)
    {
        var stream = new YamlStream();
        var parser = new GuardedYamlParser(reader);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            log.Add(path, (int)e.Start.Line, Clean(e));
            return null;
        }
        catch (Exception e) when (e is not (IOException or OutOfMemoryException))
        {
            // On some malformed input YamlDotNet fails with an exception of another type and no position (fuzzing
            // found ArgumentException and InvalidOperationException); whatever its type, the text is at fault.
            log.Add(path, parser.Line, $"not valid YAML at or just after this line (the YAML reader says: {e.Message})");
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            log.Add(path, stream.Documents.Count == 0 ? 1 : YamlFields.Line(stream.Documents[0].RootNode),
                "the file must be a YAML mapping (for example 'countries:' followed by a list)");
            return null;
        }
        return new YamlFile(path, root);
    }

    /// <summary>The entries of the list under <paramref name="key"/>; a missing key gives none, a wrong shape a problem.</summary>
    public IEnumerable<YamlMappingNode> Entries(string key, ProblemLog log)
    {
        var node = YamlFields.Get(Root, key);
        if (node is null)
        {
            yield break;
        }
        if (node is YamlScalarNode { Value: null or "" })
        {
            yield break;
        }
        if (node is not YamlSequenceNode list)
        {
            log.Add(Path, YamlFields.Line(node), $"'{key}' must be a list of entries");
            yield break;
        }
        foreach (var item in list)
        {
            if (item is YamlMappingNode map)
            {
                yield return map;
            }
            else
            {
                log.Add(Path, YamlFields.Line(item), $"each entry of '{key}' must be a mapping of fields");
            }
        }
    }

    /// <summary>Runs <paramref name="parse"/> on every entry under <paramref name="key"/>, logging the entries that are wrong.</summary>
    public List<T> ParseEntries<T>(string key, ProblemLog log, Func<YamlMappingNode, T> parse)
    {
        var result = new List<T>();
        foreach (var entry in Entries(key, log))
        {
            try
            {
                result.Add(parse(entry));
            }
            catch (EntryException e)
            {
                log.Add(Path, e.Line, e.Message);
            }
        }
        return result;
    }

    public void CheckTopLevelKeys(ProblemLog log, params string[] allowed)
    {
        foreach (var (keyNode, _) in Root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                log.Add(Path, YamlFields.Line(keyNode), $"unknown top-level key '{key}' (expected {string.Join(", ", allowed.Select(a => $"'{a}'"))})");
            }
        }
    }

    private static string Clean(YamlException e)
    {
        // YamlDotNet prefixes its message with the position, which the problem already carries.
        var message = e.InnerException?.Message ?? e.Message;
        int close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }
}
