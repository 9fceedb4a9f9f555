using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;

namespace Parley.Fuzz.Tests;

/// <summary>
/// Generated HTTP requests for the server's API: query strings of its filters, cursors, formats, dates, confidences
/// and words with values right, nearly right and wrong (hostile Unicode, broken percent-escapes, huge values, real
/// cursors cut or changed, cursors of random JSON); and article posts of every content type with one or many articles,
/// JSON Lines, truncated and deeply nested JSON, random bytes, wrong field types, missing or wrong API keys, and
/// bodies over the size limit, sent with a length or chunked.
/// </summary>
internal static class HttpInputs
{
    /// <summary>The API key of the fuzzed server.</summary>
    public const string ApiKey = "fuzz-key";

    /// <summary>The ids generated articles carry (a few, so that posts replace each other and the store stays small).</summary>
    public static IReadOnlyList<string> ArticleIds { get; } = ["fuzz-0", "fuzz-1", "fuzz-2", "fuzz-3", "fuzz-4"];

    private static readonly string[] Parameters =
    [
        "article_id", "from", "to", "date_field", "source_country", "source_code", "target_country", "target_code", "country", "dyad",
        "cameo_root", "cameo", "plover", "quad_class", "modality", "min_confidence", "q", "limit", "cursor", "order", "format", "bucket",
    ];

    /// <summary>Values that are right for some parameter, nearly right, or wrong in the ways people get them wrong.</summary>
    private static readonly Gen<string> Values = Gen.OneOf(
        "2025-07-22", "2025-07-21", "2025-13-01", "2025-02-30", "0001-01-01", "9999-12-31", "2025-7-2", "2025-07-22T00:00:00Z", "22/07/2025", "-2025-01-01",
        "event", "article", "EVENT", "RUS", "USA", "rus", "RU", "RUSS", "RUSGOV", "USAGOV", "RUS-USA", "RUS-", "RUS-USA-CHN", "-",
        "03", "036", "0361", "99999", "3", "AGREE", "agree", "A", "ASSAULT_", "1", "2", "4", "5", "0", "-1", "asserted", "future", "negated", "maybe",
        "0.5", "1.0000001", "NaN", "Infinity", "-0", "1e-5", ".5", "5.", "0,5", "1000", "1001", "100000", "100001", "2147483648", "99999999999999999999", " 5",
        "asc", "desc", "ASC", "json", "jsonl", "csv", "xml", "", "day", "week", "month", "year",
        "Putin", "\"Putin", "Putin*", "NEAR(a b)", "a AND b", "a OR b", "NOT a", "-a", "^a", "a:b", "(", ")", "{a}", "'", "%", "_", "\\", "\"\"", "*", "a\"b\"c");

    /// <summary>Pieces put into a query string as they are: broken and odd percent-escapes and separators.</summary>
    private static readonly Gen<string> RawPieces = Gen.OneOf("%zz", "%", "%2", "%%", "%C0%AF", "%ED%A0%80", "%FF%FE", "%00", "%0A", "+", "&&", "==", ";", "[]", "%26", "%3D", "a=b=c");

    private static readonly Gen<string> Accepts = Gen.OneOf(
        "application/json", "text/csv", "application/x-ndjson", "application/jsonl", "*/*", "text/html", ";;;", "application/json;q=abc",
        "text/csv;q=0.1, application/x-ndjson;q=0.9", "a/b/c", "*/csv", "text/csv;q=NaN", "application/json;q=-1, text/csv;q=2");

    private static readonly Gen<string> ContentTypes = Gen.Frequency(
        (6, Gen.Const("application/json")),
        (3, Gen.Const("application/x-ndjson")),
        (2, Gen.OneOf("application/jsonl", "application/x-jsonlines", "application/json; charset=utf-8", "APPLICATION/JSON", "application/json;;",
            "application/json; charset=latin1", "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
            ";", "", "application/", "/json", "application/json, text/plain")));

    /// <summary>Text escaped as a URL query value is: UTF-8 (a lone surrogate as U+FFFD), percent-encoded.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (byte b in FuzzInputs.Utf8(text))
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                escaped.Append((char)b);
            }
            else
            {
                escaped.Append(CultureInfo.InvariantCulture, $"%{b:X2}");
            }
        }
        return escaped.ToString();
    }

    /// <summary>A cursor: one the server gave, one cut short or changed, one of random JSON, or random base64.</summary>
    private static Gen<string> Cursors(IReadOnlyList<string> given)
    {
        var real = Gen.OneOf(given.ToArray());
        var element = Gen.OneOf("null", "\"\"", "\"2025-07-22\"", "\"x\"", "\"\\ud800\"", "0", "-1", "2147483647", "2147483648", "1e300", "1.5", "true", "[]", "{}", "\"seed-2025-07-22\"");
        var json = element.Array[0, 7].Select(parts => Base64Url.EncodeToString(Encoding.UTF8.GetBytes("[" + string.Join(',', parts) + "]")));
        return Gen.Frequency(
            (3, real),
            (2, Gen.Select(real, Gen.Int[0, 4000], Gen.Char['!', '~']).Select((cursor, at, c) => (at % 3) switch
            {
                0 => cursor[..(at % cursor.Length)],
                1 => cursor[..(at % cursor.Length)] + c + cursor[(at % cursor.Length + 1)..],
                _ => cursor + new string(c, at % 50),
            })),
            (2, json),
            (1, Gen.Char['A', 'z'].Array[0, 3000].Select(chars => new string(chars))));
    }

    /// <summary>One <c>name=value</c> of a query string, escaped, raw, or a name alone.</summary>
    private static Gen<string> QueryPairs(IReadOnlyList<string> ids, IReadOnlyList<string> cursors)
    {
        var name = Gen.Frequency(
            (12, Gen.OneOf(Parameters)),
            (1, Gen.OneOf("Format", "LIMIT", "", "a[b]", "q ", "utm_source", "from[]")),
            (1, FuzzInputs.Text));
        var value = Gen.Frequency(
            (6, Values),
            (1, Gen.OneOf(ids.ToArray())),
            (2, Cursors(cursors)),
            (2, FuzzInputs.Text),
            (1, Gen.Frequency((3, Gen.Int[500, 3_000]), (1, Gen.Int[3_000, 12_000])).Select(n => new string('a', n))),
            (1, Values.Array[1, 6].Select(v => string.Join(' ', v))));
        return Gen.Frequency(
            (8, Gen.Select(name, value).Select((n, v) => Escape(n) + "=" + Escape(v))),
            (2, Gen.Select(Gen.OneOf(Parameters), RawPieces, value).Select((n, raw, v) => n + "=" + Escape(v) + raw)),
            (1, Gen.OneOf(Parameters)));
    }

    /// <summary>
    /// A query string every parameter of which is right for some endpoint (so that the store, not the checks, answers it):
    /// real cursors, search words with the search syntax of SQLite and PostgreSQL in them, any format and order.
    /// </summary>
    private static Gen<string> RightQueries(IReadOnlyList<string> ids, IReadOnlyList<string> cursors)
    {
        var words = Gen.Frequency(
            (3, Values),
            (1, FuzzInputs.Text.Select(t => new string(t.Where(c => !char.IsControl(c)).Take(400).ToArray()))));
        var pair = Gen.Frequency(
            (2, Gen.OneOf("2025-07-22", "2025-07-21", "0001-01-01", "9999-12-31", "2000-02-29").Select(d => "from=" + d)),
            (2, Gen.OneOf("2025-07-22", "2025-08-01", "9999-12-31").Select(d => "to=" + d)),
            (1, Gen.OneOf("event", "article").Select(v => "date_field=" + v)),
            (2, Gen.Select(Gen.OneOf("country=", "source_country=", "target_country="), Gen.OneOf("RUS", "USA", "CHN", "ZZZ", "UKR")).Select((n, v) => n + v)),
            (1, Gen.Select(Gen.OneOf("source_code=", "target_code="), Gen.OneOf("RUSGOV", "USAGOV", "IGO", "A1")).Select((n, v) => n + v)),
            (1, Gen.OneOf("03", "04", "19").Select(v => "cameo_root=" + v)),
            (1, Gen.OneOf("036", "0361", "04", "190").Select(v => "cameo=" + v)),
            (1, Gen.OneOf("AGREE", "CONSULT", "ASSAULT", "NO_SUCH_TYPE").Select(v => "plover=" + v)),
            (1, Gen.Int[1, 4].Select(v => "quad_class=" + v.ToString(CultureInfo.InvariantCulture))),
            (1, Gen.OneOf("asserted", "future", "hypothetical", "negated").Select(v => "modality=" + v)),
            (1, Gen.OneOf("0", "0.25", "0.5", "1", "1.0", ".75").Select(v => "min_confidence=" + v)),
            (3, words.Select(w => "q=" + Escape(w))),
            (2, Gen.Int[1, 1000].Select(v => "limit=" + v.ToString(CultureInfo.InvariantCulture))),
            (3, Cursors(cursors).Select(c => "cursor=" + Escape(c))),
            (1, Gen.OneOf("asc", "desc").Select(v => "order=" + v)),
            (2, Gen.OneOf("json", "jsonl", "csv").Select(v => "format=" + v)),
            (1, Gen.OneOf("day", "week", "month").Select(v => "bucket=" + v)),
            (1, Gen.OneOf(ids.ToArray()).Select(id => "article_id=" + Escape(id))));
        return pair.Array[0, 5].Select(pairs =>
        {
            // Each parameter once: a repeated one is refused, which the other query strings try.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var once = pairs.Where(p => seen.Add(p[..p.IndexOf('=', StringComparison.Ordinal)])).ToArray();
            return once.Length == 0 ? "" : "?" + string.Join('&', once);
        });
    }

    /// <summary>A read: a GET (now and then another method) of an API path with a random query string.</summary>
    public static Gen<FuzzRequest> Reads(IReadOnlyList<string> ids, IReadOnlyList<string> cursors)
    {
        var articleSegment = Gen.Frequency(
            (3, Gen.OneOf(ids.ToArray()).Select(Escape)),
            (2, FuzzInputs.Text.Select(Escape)),
            (1, Gen.OneOf("%2F", "..%2F..%2Fetc", "a%2Fb", "%00", new string('x', 5000), "%ED%A0%80", "%zz")));
        var path = Gen.Frequency(
            (6, Gen.Const("/v1/events")),
            (2, Gen.Const("/v1/stats/timeseries")),
            (2, Gen.Const("/v1/stats/dyads")),
            (2, Gen.Const("/v1/stats/places")),
            (2, articleSegment.Select(id => "/v1/articles/" + id)),
            (1, Gen.OneOf("/healthz", "/metrics", "/v1/articles", "/v1", "/v1/nothing", "/", "/V1/EVENTS", "//v1//events", "/v1/stats", "/v1/events/", "/openapi/v1.json")));
        var query = Gen.Frequency(
            (1, RightQueries(ids, cursors)),
            (1, QueryPairs(ids, cursors).Array[0, 8].Select(pairs => pairs.Length == 0 ? "" : "?" + string.Join('&', pairs))));
        var method = Gen.Frequency((12, Gen.Const("GET")), (1, Gen.OneOf("POST", "PUT", "DELETE", "PATCH")));
        var accept = Gen.Frequency((3, Gen.Const<string?>((string?)null)), (1, Accepts.Select(a => (string?)a)));
        return Gen.Select(method, path, query, accept)
            .Select((m, p, q, a) => new FuzzRequest(m, p + q, a, m == "GET" ? null : "application/json", m == "GET" ? null : "{}"u8.ToArray(), ApiKey, false));
    }

    /// <summary>An article object as JSON, its fields right, missing or of the wrong type.</summary>
    private static readonly Gen<string> ArticleObjects = Gen.Select(Gen.Int[0, 9], FuzzInputs.Text, Gen.Int[0, 7], Gen.Int[0, 9])
        .Select((id, text, date, shape) =>
        {
            var fields = new Dictionary<string, object?>
            {
                ["id"] = id < ArticleIds.Count ? ArticleIds[id] : id == 9 ? text : null,
                ["date"] = date switch { 0 => "2025-07-22", 1 => "2025-02-30", 2 => "yesterday", 3 => 20250722, 4 => "Tue, 22 Jul 2025 10:00:00 GMT", _ => null },
                ["title"] = shape == 1 ? text : "Russia and China sign a deal",
            };
            fields[shape == 2 ? "body" : "text"] = shape switch
            {
                3 => 5,
                4 => new[] { text },
                5 => "",
                6 => null,
                7 => new Dictionary<string, object?> { ["nested"] = text },
                _ => "Russia and China signed a trade agreement in Beijing on Monday. " + text,
            };
            if (shape == 8)
            {
                fields["url"] = new object[] { 1, 2 };
                fields["source"] = text;
            }
            return JsonSerializer.Serialize(fields);
        });

    /// <summary>An article as Parley reads it: a known id, a date, a title and a story with hostile text in it.</summary>
    private static readonly Gen<string> RightArticles = Gen.Select(Gen.Int[0, 4], FuzzInputs.Text, Gen.Bool)
        .Select((id, text, dated) => JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = ArticleIds[id],
            ["date"] = dated ? "2025-07-22" : null,
            ["title"] = "Russia and China sign a deal",
            ["text"] = "Russia and China signed a trade agreement in Beijing on Monday. " + text,
        }));

    /// <summary>A post to <c>/v1/articles</c>; bodies over <paramref name="maxBytes"/> are among them.</summary>
    public static Gen<FuzzRequest> Writes(long maxBytes)
    {
        var huge = Gen.Select(Gen.Int[1, 3], Gen.Bool).Select((times, json) =>
        {
            // Over the limit by one byte, by half of it, or twice it.
            int size = (int)(maxBytes + 1 + maxBytes * (times - 1) / 2);
            return json
                ? Encoding.UTF8.GetBytes("{\"id\":\"fuzz-0\",\"text\":\"" + new string('a', size) + "\"}")
                : new byte[size];
        });
        var body = Gen.Frequency(
            (4, RightArticles.Select(Encoding.UTF8.GetBytes)),
            (1, RightArticles.Array[1, 3].Select(items => Encoding.UTF8.GetBytes("[" + string.Join(',', items) + "]"))),
            (4, ArticleObjects.Select(Encoding.UTF8.GetBytes)),
            (2, ArticleObjects.Array[0, 4].Select(items => Encoding.UTF8.GetBytes("[" + string.Join(',', items) + "]"))),
            (1, ArticleObjects.Array[1, 3].Select(items => Encoding.UTF8.GetBytes(string.Join('\n', items) + "\n"))),
            (2, FuzzInputs.JsonLines.Select(FuzzInputs.Utf8)),
            (1, Gen.Select(ArticleObjects, Gen.Int[0, 1000]).Select((json, cut) => Encoding.UTF8.GetBytes(json[..(cut % Math.Max(1, json.Length))]))),
            (1, Gen.Select(Gen.Int[1, 20_000], Gen.Bool).Select((depth, array) => Encoding.UTF8.GetBytes(array
                ? new string('[', depth) + new string(']', depth)
                : "{\"id\":\"fuzz-1\",\"text\":\"Putin met Trump.\",\"extra\":" + string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth + 1)))),
            (1, FuzzInputs.Bytes),
            (1, FuzzInputs.Text.Select(FuzzInputs.Utf8)),
            (1, Gen.OneOf("1", "\"x\"", "null", "true", "[]", "{}", "", " ", "\uFEFF{\"text\":\"Putin met Trump.\"}", "{\"text\":\"a\",\"text\":\"b\"}", "[{}]", "[1,2]").Select(Encoding.UTF8.GetBytes)),
            (1, huge));
        var key = Gen.Frequency((10, Gen.Const<string?>(ApiKey)), (1, Gen.Const<string?>((string?)null)), (1, Gen.OneOf<string?>("wrong", ApiKey + " ", "FUZZ-KEY", "")));
        var path = Gen.Frequency((12, Gen.Const("/v1/articles")), (1, Gen.OneOf("/v1/articles?x=1", "/v1/articles/", "/v1/events", "/v1/articles/fuzz-0")));
        var contentType = Gen.Frequency((12, ContentTypes.Select(c => (string?)c)), (1, Gen.Const<string?>((string?)null)));
        return Gen.Select(path, contentType, body, key, Gen.Int[0, 3])
            .Select((p, type, b, k, chunked) => new FuzzRequest("POST", p, null, type, b, k, chunked == 0));
    }
}
