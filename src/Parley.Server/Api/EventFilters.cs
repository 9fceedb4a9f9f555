using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Parley.Coding;
using Parley.Storage;

namespace Parley.Server.Api;

/// <summary>
/// Reads the event filters of a query string into an <see cref="EventQuery"/>, checking every value: an unknown
/// parameter, a repeated one or a value of the wrong shape is a problem named after its parameter, never ignored.
/// </summary>
internal static partial class EventFilters
{
    /// <summary>The filter parameters every event endpoint takes, with what each means (for the OpenAPI document and error messages).</summary>
    public static readonly IReadOnlyDictionary<string, string> Parameters = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["article_id"] = "Only the events of this article.",
        ["from"] = "First day (YYYY-MM-DD), inclusive, of the date date_field names.",
        ["to"] = "Last day (YYYY-MM-DD), inclusive.",
        ["date_field"] = "Which date from and to apply to: event (the event's own date, default) or article (publication date).",
        ["source_country"] = "ISO 3166 alpha-3 country of the source actor, e.g. RUS.",
        ["source_code"] = "Full actor code of the source, e.g. RUSGOV.",
        ["target_country"] = "Country of the target actor.",
        ["target_code"] = "Full actor code of the target.",
        ["country"] = "Country of either actor.",
        ["dyad"] = "Source and target country as SOURCE-TARGET, e.g. RUS-USA.",
        ["cameo_root"] = "Two-digit CAMEO root, e.g. 03.",
        ["cameo"] = "Full CAMEO code, e.g. 036.",
        ["plover"] = "PLOVER event type, e.g. AGREE.",
        ["quad_class"] = "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.",
        ["modality"] = "asserted, future, hypothetical or negated.",
        ["min_confidence"] = "Only events at least this sure (0 to 1).",
        ["q"] = "Words that must all be in the event's sentence.",
    };

    private const int MaxWordsLength = 500;

    /// <summary>
    /// The query the filters of <paramref name="query"/> describe. Parameters in <paramref name="others"/> belong to
    /// the endpoint and are left to it; anything else is an error.
    /// </summary>
    public static EventQuery Read(IQueryCollection query, ICollection<string> others, RequestErrors errors)
    {
        foreach (var (name, values) in query)
        {
            if (!Parameters.ContainsKey(name) && !others.Contains(name))
            {
                errors.Add(name, $"is not a parameter here; the parameters are {string.Join(", ", Parameters.Keys.Concat(others))}.");
            }
            else if (values.Count > 1)
            {
                errors.Add(name, "is given more than once; give it once.");
            }
        }
        string? Value(string name) => query.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;

        var result = new EventQuery
        {
            ArticleId = Text(Value("article_id"), "article_id", ArticleIds.MaxLength, errors),
            From = Date(Value("from"), "from", errors),
            To = Date(Value("to"), "to", errors),
            DateField = Value("date_field") switch
            {
                null or "event" => DateField.EventDate,
                "article" => DateField.ArticleDate,
                var other => errors.Invalid<DateField>("date_field", other, "event or article"),
            },
            SourceCountry = Match(Value("source_country"), "source_country", CountryCode(), "three capital letters (ISO 3166 alpha-3), e.g. RUS", errors),
            SourceCode = Match(Value("source_code"), "source_code", ActorCode(), "an actor code of 2 to 24 capital letters and digits, e.g. RUSGOV", errors),
            TargetCountry = Match(Value("target_country"), "target_country", CountryCode(), "three capital letters (ISO 3166 alpha-3), e.g. USA", errors),
            TargetCode = Match(Value("target_code"), "target_code", ActorCode(), "an actor code of 2 to 24 capital letters and digits, e.g. USAGOV", errors),
            Country = Match(Value("country"), "country", CountryCode(), "three capital letters (ISO 3166 alpha-3), e.g. UKR", errors),
            CameoRoot = Match(Value("cameo_root"), "cameo_root", CameoRootCode(), "two digits, e.g. 03", errors),
            Cameo = Match(Value("cameo"), "cameo", CameoCode(), "a CAMEO code of 2 to 4 digits, e.g. 036", errors),
            PloverEvent = Match(Value("plover"), "plover", PloverType(), "a PLOVER event type in capitals, e.g. AGREE", errors),
            QuadClass = Value("quad_class") switch
            {
                null => null,
                "1" => 1,
                "2" => 2,
                "3" => 3,
                "4" => 4,
                var other => errors.Invalid<int?>("quad_class", other, "1, 2, 3 or 4"),
            },
            Modality = Value("modality") switch
            {
                null => null,
                "asserted" => Modality.Asserted,
                "future" => Modality.Future,
                "hypothetical" => Modality.Hypothetical,
                "negated" => Modality.Negated,
                var other => errors.Invalid<Modality?>("modality", other, "asserted, future, hypothetical or negated"),
            },
            MinConfidence = Confidence(Value("min_confidence"), errors),
            Words = Text(Value("q"), "q", MaxWordsLength, errors),
        };
        if (Value("dyad") is { } dyad)
        {
            var match = Dyad().Match(dyad);
            if (!match.Success)
            {
                errors.Add("dyad", $"'{Shorten(dyad)}' is not SOURCE-TARGET with two country codes, e.g. RUS-USA.");
            }
            else if (result.SourceCountry is not null || result.TargetCountry is not null)
            {
                errors.Add("dyad", "is given with source_country or target_country; give one or the other.");
            }
            else
            {
                result = result with { SourceCountry = match.Groups[1].Value, TargetCountry = match.Groups[2].Value };
            }
        }
        if (result.From is { } from && result.To is { } to && from > to)
        {
            errors.Add("to", $"{to:yyyy-MM-dd} is before from ({from:yyyy-MM-dd}).");
        }
        return result;
    }

    /// <summary>The value, shortened for an error message (so a huge value does not make a huge reply).</summary>
    public static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";

    private static string? Text(string? value, string name, int maxLength, RequestErrors errors)
    {
        if (value is null)
        {
            return null;
        }
        if (value.Length > maxLength)
        {
            errors.Add(name, $"is {value.Length} characters long; at most {maxLength} are taken.");
            return null;
        }
        if (value.Any(char.IsControl))
        {
            errors.Add(name, "holds control characters.");
            return null;
        }
        return value;
    }

    private static string? Match(string? value, string name, Regex pattern, string expected, RequestErrors errors)
    {
        if (value is null)
        {
            return null;
        }
        if (!pattern.IsMatch(value))
        {
            errors.Add(name, $"'{Shorten(value)}' is not {expected}.");
            return null;
        }
        return value;
    }

    private static DateOnly? Date(string? value, string name, RequestErrors errors)
    {
        if (value is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add(name, $"'{Shorten(value)}' is not a date as YYYY-MM-DD.");
        return null;
    }

    private static double? Confidence(string? value, RequestErrors errors)
    {
        if (value is null)
        {
            return null;
        }
        if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var confidence) && confidence is >= 0 and <= 1)
        {
            return confidence;
        }
        errors.Add("min_confidence", $"'{Shorten(value)}' is not a number from 0 to 1.");
        return null;
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[A-Z0-9]{2,24}$")]
    private static partial Regex ActorCode();

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex CameoRootCode();

    [GeneratedRegex("^[0-9]{2,4}$")]
    private static partial Regex CameoCode();

    [GeneratedRegex("^[A-Z][A-Z_]{1,29}$")]
    private static partial Regex PloverType();

    [GeneratedRegex("^([A-Z]{3})-([A-Z]{3})$")]
    private static partial Regex Dyad();
}
