using CsCheck;

namespace Parley.Fuzz.Tests;

/// <summary>
/// The generated inputs the fuzz tests feed Parley: random bytes, text of hostile Unicode (lone surrogates, combining
/// marks, right-to-left and zero-width characters, emoji, controls), text shaped like the formats (truncated and deeply
/// nested JSON, deep HTML, CoNLL-U lines) and huge lines. <see cref="Scale"/> multiplies every test's count: 1 on CI
/// (over 100,000 inputs in all), more for a longer run (<c>PARLEY_FUZZ_SCALE=20 dotnet test tests/Parley.Fuzz.Tests</c>).
/// </summary>
internal static class FuzzInputs
{
    /// <summary>How many times the CI counts each test runs: PARLEY_FUZZ_SCALE, 1 when unset.</summary>
    public static int Scale { get; } = int.TryParse(Environment.GetEnvironmentVariable("PARLEY_FUZZ_SCALE"), out int scale) && scale > 0 ? scale : 1;

    /// <summary>Characters chosen to break text handling, mixed with plain ones.</summary>
    private static readonly Gen<char> Hostile = Gen.OneOf(
        '\uD800', '\uDBFF', '\uDC00', '\uDFFF', // lone surrogates
        '\u0301', '\u0308', '\u0327', '\u20DD', // combining marks
        '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', // zero-width
        '\u202E', '\u202D', '\u200F', '\u061C', 'ا', 'ש', // right to left
        '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u2028', '\u2029', '\r', '\n', '\t', '\v', '\f',
        '.', '?', '!', '"', '\'', '“', '”', '(', ')', '[', ']', '<', '>', '&', ';', ':', ',', '-', '—', '…', '#', '@', '/', '\\', '{', '}',
        'é', 'ß', 'İ', 'ı', 'Ω', '中', '日', '\u3002', 'ﬁ', '①', '١');

    private static readonly Gen<string> Emoji = Gen.OneOf("😀", "👩‍👩‍👧", "🇺🇸", "🏳️‍🌈", "👍🏽", "\uD83D\uDE00\u0301");

    private static readonly Gen<string> Words = Gen.OneOf(
        "Russia", "President", "Putin", "met", "Trump", "in", "Beijing", "on", "Monday", "the", "U.S.", "said", "he", "they",
        "police", "arrested", "12", "protesters", "Kremlin", "spokesman", "sanctions", "imposed", "Iran", "talks", "2025-07-22", "Mr.", "its");

    /// <summary>Unicode text: words, spaces and hostile characters and emoji, up to a few hundred pieces.</summary>
    public static Gen<string> Text { get; } = Gen.Frequency(
            (6, Words.Select(w => w + " ")),
            (3, Hostile.Select(c => c.ToString())),
            (1, Emoji),
            (2, Gen.Char.Select(c => c.ToString())))
        .Array[0, 300]
        .Select(string.Concat);

    /// <summary>Random bytes, sometimes starting with a byte order mark or gzip's magic number.</summary>
    public static Gen<byte[]> Bytes { get; } = Gen.Select(Gen.OneOf<byte[]>([], [0xEF, 0xBB, 0xBF], [0x1F, 0x8B], [0xFF, 0xFE]), Gen.Byte.Array[0, 600])
        .Select((prefix, rest) => prefix.Concat(rest).ToArray());

    /// <summary>JSON Lines-shaped text: objects with the reader's fields, nested, truncated, or broken.</summary>
    public static Gen<string> JsonLines { get; } = Gen.Select(Text, Gen.Int[0, 200], Gen.Int[0, 400], Gen.Bool)
        .Select((text, depth, cut, dated) =>
        {
            string value = System.Text.Json.JsonSerializer.Serialize(text);
            string nested = new string('[', depth) + value + new string(']', depth);
            string line = $"{{\"id\":{value},\"title\":{value},\"text\":{value},{(dated ? "\"date\":\"2025-07-22\"," : "")}\"extra\":{nested}}}";
            return line[..Math.Min(line.Length, line.Length - cut % Math.Max(1, line.Length / 2))] + "\n" + line + "\n";
        });

    /// <summary>HTML-shaped text: nested elements around hostile text, sometimes unclosed; one in ten nests thousands deep.</summary>
    public static Gen<string> Html { get; } = Gen.Select(Text, Gen.Frequency((8, Gen.Int[0, 40]), (1, Gen.Int[60, 300]), (1, Gen.Int[6_000, 30_000])), Gen.Bool)
        .Select((text, depth, close) =>
            "<html><head><title>" + text + "</title></head><body>" + string.Concat(Enumerable.Repeat("<div><p>", depth)) + text
            + (close ? string.Concat(Enumerable.Repeat("</p></div>", depth)) + "</body></html>" : ""));

    /// <summary>Feed-shaped text: RSS items with hostile text, sometimes cut short.</summary>
    public static Gen<string> Feed { get; } = Gen.Select(Text, Gen.Int[0, 5], Gen.Int[0, 100])
        .Select((text, items, cut) =>
        {
            var escaped = System.Security.SecurityElement.Escape(text) ?? "";
            var feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                + string.Concat(Enumerable.Repeat($"<item><title>{escaped}</title><description>{escaped}</description><pubDate>Tue, 22 Jul 2025 10:00:00 GMT</pubDate></item>", items))
                + "</channel></rss>";
            return feed[..Math.Max(0, feed.Length - cut)];
        });

    /// <summary>CoNLL-U-shaped text: lines of ten (or not ten) tab-separated fields with random ids and heads.</summary>
    public static Gen<string> Conllu { get; } = Gen.Select(Gen.Int[0, 12], Gen.Int[-2, 14], Gen.Int[8, 11], Text, Gen.Bool)
        .Array[1, 20]
        .Select(lines => string.Concat(lines.Select(l =>
            l.Item5 && l.Item1 == 0
                ? "\n"
                : string.Join('\t', new[] { l.Item1.ToString(System.Globalization.CultureInfo.InvariantCulture), l.Item4, "_", "NOUN", "NN", "_", l.Item2.ToString(System.Globalization.CultureInfo.InvariantCulture), "nsubj", "_", "_" }.Take(l.Item3)) + "\n")));

    /// <summary>One huge line: a word repeated without punctuation or line breaks.</summary>
    public static Gen<string> HugeLine { get; } = Gen.Select(Words, Gen.Int[20_000, 60_000]).Select((word, count) => string.Join(' ', Enumerable.Repeat(word, count)));

    /// <summary>The text as UTF-8, a lone surrogate as U+FFFD (as a file written by another program would have it).</summary>
    public static byte[] Utf8(string text) => new System.Text.UTF8Encoding(false, false).GetBytes(text);

    /// <summary>Pieces of YAML and of PETRARCH's dictionary syntax, to build lines that come close to the formats.</summary>
    private static readonly Gen<string> DictionaryPieces = Gen.OneOf(
        "- ", "{", "}", "[", "]", ": ", ", ", "\"", "'", "&a ", "*a ", "!!binary ", "%YAML 1.2", "---", "...", "? ", "| ", "> ", "#",
        "code: ", "name: ", "from: ", "to: ", "lemmas: ", "targets: ", "roles:", "2025-01-20", "9999-99-99", "USAGOV", "RUS", "\"03\"",
        "ABBAS_", "+", "~", "_", "\t", "    ", "\n", "[PSEPAG]", "[~GOV]", "[USAELI >200101]", "[RUSGOV 950101-991231]", "<990101", ">20120219",
        "--- ", " ---", "&PERSON", "* ", "(", ")", "{A B}", "$", "^", "%", "=", ";", "<!--", "-->", "<", ">", "0", "-1", "NaN", "1e308");

    /// <summary>A change to a valid file: cut it short, put in a line of pieces or hostile text, drop or double a line, or splice in a random stretch.</summary>
    public static Gen<Func<string, string>> Edit { get; } = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 10_000], DictionaryPieces.Array[0, 12].Select(string.Concat), Text)
        .Select<int, int, string, string, Func<string, string>>((kind, at, pieces, text) => original =>
        {
            var lines = original.Split('\n').ToList();
            int line = at % lines.Count;
            switch (kind)
            {
                case 0:
                    return original[..(at % (original.Length + 1))];
                case 1:
                    lines.Insert(line, pieces);
                    break;
                case 2:
                    lines.Insert(line, text);
                    break;
                case 3:
                    if (at % 2 == 0)
                    {
                        lines.RemoveAt(line);
                    }
                    else
                    {
                        lines.Insert(line, lines[line]);
                    }
                    break;
                default:
                    int start = at % (original.Length + 1);
                    return original[..start] + pieces + text + original[Math.Min(original.Length, start + at % 17)..];
            }
            return string.Join('\n', lines);
        });

    /// <summary>Lines of PETRARCH dictionary pieces and hostile text.</summary>
    public static Gen<string> PetrarchLines { get; } = Gen.Frequency(
            (5, DictionaryPieces.Array[0, 8].Select(string.Concat)),
            (1, Text))
        .Array[1, 30]
        .Select(lines => string.Join('\n', lines));

    /// <summary>GeoNames-shaped lines: about 19 tab-separated columns, of numbers, codes, pieces and hostile text.</summary>
    public static Gen<string> GeoNamesLines { get; } = Gen.Frequency(
            (3, Gen.OneOf("1", "498817", "-5", "59.94", "30.31", "91", "-180.5", "NaN", "Infinity", "1e400", "", "RU", "US", "XX", "P", "PPLC", "5600000", "99999999999999999999")),
            (1, Text))
        .Array[15, 21]
        .Select(columns => string.Join('\t', columns))
        .Array[1, 10]
        .Select(lines => string.Join('\n', lines));
}
