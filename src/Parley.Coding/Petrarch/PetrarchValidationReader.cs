using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Parley.Coding.Petrarch;

/// <summary>Reads PETRARCH's validation records (<c>&lt;Sentence&gt;</c> elements with <c>&lt;EventCoding&gt;</c> and <c>&lt;Text&gt;</c>).</summary>
public static class PetrarchValidationReader
{
    /// <exception cref="XmlException">The file is not well-formed XML.</exception>
    /// <exception cref="InvalidDataException">A record lacks its id or its text; the message names the line.</exception>
    public static IReadOnlyList<PetrarchValidationRecord> Read(string path)
    {
        var root = XDocument.Load(path, LoadOptions.SetLineInfo).Root ?? throw new InvalidDataException($"{path}: no root element");
        var records = new List<PetrarchValidationRecord>();
        foreach (var sentence in root.Descendants("Sentence"))
        {
            int line = ((IXmlLineInfo)sentence).LineNumber;
            string id = (string?)sentence.Attribute("id") ?? throw new InvalidDataException($"{path}:{line}: <Sentence> has no id");
            string text = sentence.Element("Text")?.Value is { } t ? string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                : throw new InvalidDataException($"{path}:{line}: record {id} has no <Text>");
            DateOnly? date = DateOnly.TryParseExact((string?)sentence.Attribute("date") ?? "", "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            var expected = new List<(string, string, string)>();
            string? error = null;
            foreach (var coding in sentence.Elements("EventCoding"))
            {
                error ??= (string?)coding.Attribute("error");
                if (coding.Attribute("eventcode") is { } code)
                {
                    expected.Add((Clean((string?)coding.Attribute("sourcecode")), Clean((string?)coding.Attribute("targetcode")), Clean(code.Value)));
                }
            }
            records.Add(new PetrarchValidationRecord
            {
                Id = id,
                Category = (string?)sentence.Attribute("category") ?? "",
                Date = date,
                Text = text,
                Expected = expected,
                Error = error,
                Line = line,
            });
        }
        return records;
    }

    private static string Clean(string? code) => (code ?? "").Trim().Trim('"', '\'').Trim();
}
