namespace Parley.Knowledge.Petrarch;

/// <summary>
/// The dictionary files of a PETRARCH set: from the <c>[Dictionaries]</c> section of a <c>PETR_config.ini</c>
/// (<c>verbfile_name</c>, <c>actorfile_list</c>, <c>agentfile_name</c>, <c>discardfile_name</c>,
/// <c>issuefile_name</c>), or found by name in a folder. Paths are full paths.
/// </summary>
public sealed record PetrarchConfig
{
    /// <summary>The file the set was read from (the ini file, or the folder searched).</summary>
    public required string Source { get; init; }

    public required string VerbFile { get; init; }

    public required IReadOnlyList<string> ActorFiles { get; init; }

    public string? AgentFile { get; init; }

    public string? DiscardFile { get; init; }

    public string? IssueFile { get; init; }

    private static readonly string[] Keys = ["verbfile_name", "actorfile_list", "agentfile_name", "discardfile_name", "issuefile_name"];

    /// <summary>
    /// Reads the <c>[Dictionaries]</c> section of a PETR_config.ini; file names are taken relative to the ini's folder.
    /// Other sections are PETRARCH's run options and are not read.
    /// </summary>
    /// <exception cref="DictionaryException">The file is missing, the section is missing or names no verb or actor file, a key is unknown, or a named file does not exist.</exception>
    public static PetrarchConfig Read(string path)
    {
        PetrarchProblems.RequireFile(path);
        var problems = new PetrarchProblems(path, lenient: false);
        string dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var values = new Dictionary<string, (string Value, int Line)>(StringComparer.OrdinalIgnoreCase);
        bool inSection = false;
        bool sawSection = false;
        int number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            string line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }
            if (line[0] == '[')
            {
                inSection = line.Equals("[Dictionaries]", StringComparison.OrdinalIgnoreCase);
                sawSection |= inSection;
                continue;
            }
            if (!inSection)
            {
                continue;
            }
            int equals = line.IndexOf('=');
            if (equals < 0)
            {
                problems.Add(number, $"'{line}' is not 'key = value'");
                continue;
            }
            string key = line[..equals].Trim();
            string value = line[(equals + 1)..].Trim();
            if (!Keys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(number, $"unknown key '{key}' in [Dictionaries] (this section takes {string.Join(", ", Keys)})");
                continue;
            }
            if (values.TryGetValue(key, out var first))
            {
                problems.Add(number, $"'{key}' is given twice (first on line {first.Line})");
                continue;
            }
            values[key] = (value, number);
        }
        if (!sawSection)
        {
            problems.Add(0, "no [Dictionaries] section");
        }
        string? File1(string key)
        {
            if (!values.TryGetValue(key, out var v) || v.Value.Length == 0)
            {
                return null;
            }
            string full = Resolve(dir, v.Value);
            if (!File.Exists(full))
            {
                problems.Add(v.Line, $"{key}: file '{v.Value}' not found beside the ini file or in its dictionaries/ folder");
            }
            return full;
        }
        string? verbs = File1("verbfile_name");
        var actors = new List<string>();
        if (values.TryGetValue("actorfile_list", out var list))
        {
            foreach (var name in list.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                string full = Resolve(dir, name);
                if (!File.Exists(full))
                {
                    problems.Add(list.Line, $"actorfile_list: file '{name}' not found beside the ini file or in its dictionaries/ folder");
                }
                actors.Add(full);
            }
        }
        if (sawSection && verbs is null)
        {
            problems.Add(0, "[Dictionaries] names no verbfile_name");
        }
        if (sawSection && actors.Count == 0)
        {
            problems.Add(0, "[Dictionaries] names no actorfile_list");
        }
        var config = new PetrarchConfig
        {
            Source = path,
            VerbFile = verbs ?? "",
            ActorFiles = actors,
            AgentFile = File1("agentfile_name"),
            DiscardFile = File1("discardfile_name"),
            IssueFile = File1("issuefile_name"),
        };
        problems.Finish();
        return config;
    }

    /// <summary>A file named in the ini: beside it, or in its <c>dictionaries/</c> folder as PETRARCH's own layout has it.</summary>
    private static string Resolve(string dir, string name)
    {
        string beside = System.IO.Path.Combine(dir, name);
        string below = System.IO.Path.Combine(dir, "dictionaries", name);
        return !File.Exists(beside) && File.Exists(below) ? below : beside;
    }

    /// <summary>
    /// The set in <paramref name="dir"/>: its <c>PETR_config.ini</c> when there is one, else the files found by
    /// name — the verb file (<c>*verbs*.txt</c>, else <c>CAMEO*.txt</c>), every <c>*actors*.txt</c>, and the
    /// <c>*agents*</c>, <c>*discards*</c> and <c>*issue*</c> text files.
    /// </summary>
    /// <exception cref="DictionaryException">The folder is missing, the ini is wrong, or no verb or actor file is found.</exception>
    public static PetrarchConfig Locate(string dir)
    {
        ArgumentNullException.ThrowIfNull(dir);
        if (!Directory.Exists(dir))
        {
            throw new DictionaryException(new DictionaryProblem(dir, 0, "PETRARCH dictionary folder not found"));
        }
        string ini = System.IO.Path.Combine(dir, "PETR_config.ini");
        if (File.Exists(ini))
        {
            return Read(ini);
        }
        var files = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).ToArray();
        string? Named(string part) => files.FirstOrDefault(f => System.IO.Path.GetFileName(f).Contains(part, StringComparison.OrdinalIgnoreCase));
        string? verbs = Named("verbs") ?? files.FirstOrDefault(f => System.IO.Path.GetFileName(f).StartsWith("CAMEO", StringComparison.OrdinalIgnoreCase));
        var actors = files.Where(f => System.IO.Path.GetFileName(f).Contains("actors", StringComparison.OrdinalIgnoreCase)).ToArray();
        var problems = new List<DictionaryProblem>();
        if (verbs is null)
        {
            problems.Add(new DictionaryProblem(dir, 0, "no PETR_config.ini and no verb dictionary (*verbs*.txt or CAMEO*.txt)"));
        }
        if (actors.Length == 0)
        {
            problems.Add(new DictionaryProblem(dir, 0, "no PETR_config.ini and no actor dictionary (*actors*.txt)"));
        }
        if (problems.Count > 0)
        {
            throw new DictionaryException(problems);
        }
        return new PetrarchConfig
        {
            Source = dir,
            VerbFile = verbs!,
            ActorFiles = actors,
            AgentFile = Named("agents"),
            DiscardFile = Named("discards"),
            IssueFile = Named("issue"),
        };
    }
}
