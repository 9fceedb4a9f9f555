using System.Globalization;
using Parley.Knowledge.Loading;

namespace Parley.Knowledge.Events;

/// <summary>
/// The CAMEO codebook of <c>cameo.yaml</c>: code → name, Goldstein value, quad class and root. Roots carry the quad
/// class; their codes inherit it. Immutable and safe to share between threads.
/// </summary>
public sealed class CameoCodebook
{
    private readonly Dictionary<string, CameoCode> _codes;

    private CameoCodebook(List<CameoCode> codes)
    {
        All = codes;
        _codes = codes.ToDictionary(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>Every code in file order.</summary>
    public IReadOnlyList<CameoCode> All { get; }

    /// <summary>The twenty roots, "01" to "20".</summary>
    public IEnumerable<CameoCode> Roots => All.Where(c => c.IsRoot);

    /// <summary>Loads <c>cameo.yaml</c>.</summary>
    /// <exception cref="DictionaryException">The file is missing or wrong; every problem is listed.</exception>
    public static CameoCodebook Load(string path)
    {
        var log = new ProblemLog();
        var codebook = Load(path, log);
        log.ThrowIfAny();
        return codebook!;
    }

    internal static CameoCodebook? Load(string path, ProblemLog log)
    {
        var file = YamlFile.Load(path, log);
        return file is null ? null : Parse(file, log);
    }

    internal static CameoCodebook Parse(YamlFile file, ProblemLog log)
    {
        file.CheckTopLevelKeys(log, "codes");
        var byCode = new Dictionary<string, (CameoCode Code, int Line)>(StringComparer.Ordinal);
        var codes = file.ParseEntries("codes", log, entry =>
        {
            YamlFields.CheckKeys(entry, "code", "name", "goldstein", "quad");
            int line = YamlFields.Line(entry);
            var code = YamlFields.RequiredString(entry, "code");
            if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
            {
                throw new EntryException(line, $"CAMEO code '{code}' must be two to four digits");
            }
            if (byCode.TryGetValue(code, out var first))
            {
                throw new EntryException(line, $"CAMEO code {code} is defined twice (first on line {first.Line})");
            }
            var name = YamlFields.RequiredString(entry, "name");
            double goldstein = YamlFields.RequiredDouble(entry, "goldstein", -10, 10);
            var quad = YamlFields.OptionalLong(entry, "quad", 1);
            CameoCode result;
            if (code.Length == 2)
            {
                int root = int.Parse(code, CultureInfo.InvariantCulture);
                if (root is < 1 or > 20)
                {
                    throw new EntryException(line, $"CAMEO root {code} must be between 01 and 20");
                }
                if (quad is null or > 4)
                {
                    throw new EntryException(line, $"root {code} needs 'quad' (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict)");
                }
                result = new CameoCode(code, name, goldstein, (int)quad, code, null);
            }
            else
            {
                if (quad is not null)
                {
                    throw new EntryException(line, $"'quad' belongs on the root; {code} inherits it from {code[..2]}");
                }
                var parent = code[..^1];
                // Three-digit codes hang off their root ("036" → "03"); four-digit ones off their three-digit parent.
                if (code.Length == 3)
                {
                    parent = code[..2];
                }
                if (!byCode.TryGetValue(parent, out var parentEntry))
                {
                    throw new EntryException(line, $"CAMEO code {code} comes before (or without) its parent {parent}");
                }
                result = new CameoCode(code, name, goldstein, parentEntry.Code.QuadClass, code[..2], parent);
            }
            byCode[code] = (result, line);
            return result;
        });
        return new CameoCodebook(codes);
    }

    /// <summary>The code, or null when the codebook has no such code.</summary>
    public CameoCode? Get(string code) => _codes.GetValueOrDefault(code);

    public bool Contains(string code) => _codes.ContainsKey(code);

    /// <summary>The code, or the nearest ancestor the codebook has ("0362" → "036" if "0362" is unknown).</summary>
    public CameoCode? GetOrAncestor(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        for (var c = code; c.Length >= 2; c = c.Length == 3 ? c[..2] : c[..^1])
        {
            if (_codes.TryGetValue(c, out var found))
            {
                return found;
            }
        }
        return null;
    }
}
