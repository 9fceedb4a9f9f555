using System.Globalization;
using Npgsql;

namespace Parley.Storage.Postgres;

/// <summary>
/// Reads the two ways people name a PostgreSQL database: a URI as libpq takes it
/// (<c>postgres://user:password@host:port/database?sslmode=require</c>, also <c>postgresql://</c>) and an Npgsql
/// connection string (<c>Host=…;Database=…;Username=…</c>).
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>True when <paramref name="text"/> names a PostgreSQL database rather than a file: a <c>postgres://</c> or <c>postgresql://</c> URI, or a connection string with a <c>Host=</c> (or <c>Server=</c>).</summary>
    public static bool Recognizes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        foreach (var part in trimmed.Split(';'))
        {
            var key = part.Split('=', 2)[0].Trim();
            if (part.Contains('=', StringComparison.Ordinal) && (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The Npgsql settings <paramref name="text"/> stands for.</summary>
    /// <exception cref="FormatException">It is neither a valid URI nor a valid connection string; the message says what is wrong.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var scheme = trimmed.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0 && Recognizes(trimmed))
        {
            return ParseUri(trimmed, trimmed[(scheme + 3)..]);
        }
        try
        {
            return new NpgsqlConnectionStringBuilder(trimmed);
        }
        catch (ArgumentException e)
        {
            // The text itself is not repeated: it may hold a password.
            throw new FormatException($"The PostgreSQL connection string cannot be read: {e.Message}", e);
        }
    }

    /// <summary>The database as people should see it in messages: <c>postgres://user@host:port/database</c>, never with the password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var user = string.IsNullOrEmpty(settings.Username) ? "" : settings.Username + "@";
        var host = settings.Host ?? "localhost";
        var port = settings.Port == NpgsqlConnection.DefaultPort || host.Contains(',', StringComparison.Ordinal) ? "" : ":" + settings.Port.ToString(CultureInfo.InvariantCulture);
        return $"postgres://{user}{host}{port}/{settings.Database ?? settings.Username ?? ""}";
    }

    /// <summary>Like <see cref="Describe(NpgsqlConnectionStringBuilder)"/> for text that may not parse: the text with any password masked.</summary>
    public static string Describe(string text)
    {
        try
        {
            return Describe(Parse(text));
        }
        catch (FormatException)
        {
            return "the PostgreSQL connection string";
        }
    }

    private static NpgsqlConnectionStringBuilder ParseUri(string uri, string rest)
    {
        var settings = new NpgsqlConnectionStringBuilder();
        var query = "";
        var questionMark = rest.IndexOf('?', StringComparison.Ordinal);
        if (questionMark >= 0)
        {
            query = rest[(questionMark + 1)..];
            rest = rest[..questionMark];
        }
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash >= 0 ? rest[..slash] : rest;
        if (slash >= 0 && rest.Length > slash + 1)
        {
            settings.Database = Decode(uri, rest[(slash + 1)..]);
        }
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var userInfo = authority[..at];
            authority = authority[(at + 1)..];
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            settings.Username = Decode(uri, colon >= 0 ? userInfo[..colon] : userInfo);
            if (colon >= 0)
            {
                settings.Password = Decode(uri, userInfo[(colon + 1)..]);
            }
        }
        if (authority.Length > 0)
        {
            SetHosts(settings, uri, Decode(uri, authority));
        }
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"'{Mask(uri)}': the parameter '{pair}' has no value (write name=value).");
            }
            SetParameter(settings, uri, Decode(uri, pair[..equals]), Decode(uri, pair[(equals + 1)..]));
        }
        return settings;
    }

    /// <summary>One host, or several (<c>h1:5432,h2:5433</c>) which Npgsql tries in turn; IPv6 addresses in brackets.</summary>
    private static void SetHosts(NpgsqlConnectionStringBuilder settings, string uri, string hosts)
    {
        if (hosts.Contains(',', StringComparison.Ordinal))
        {
            settings.Host = hosts;
            return;
        }
        var host = hosts;
        string? port = null;
        if (host.StartsWith('['))
        {
            var close = host.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException($"'{Mask(uri)}': the IPv6 address has no closing ']'.");
            }
            port = host.Length > close + 1 && host[close + 1] == ':' ? host[(close + 2)..] : null;
            host = host[1..close];
        }
        else if (host.LastIndexOf(':') is var colon and >= 0)
        {
            port = host[(colon + 1)..];
            host = host[..colon];
        }
        if (host.Length > 0)
        {
            settings.Host = host;
        }
        if (port is { Length: > 0 })
        {
            settings.Port = ParsePort(uri, port);
        }
    }

    private static void SetParameter(NpgsqlConnectionStringBuilder settings, string uri, string name, string value)
    {
        switch (name)
        {
            case "host":
                settings.Host = value;
                break;
            case "port":
                settings.Port = ParsePort(uri, value);
                break;
            case "dbname":
                settings.Database = value;
                break;
            case "user":
                settings.Username = value;
                break;
            case "password":
                settings.Password = value;
                break;
            case "application_name":
                settings.ApplicationName = value;
                break;
            case "connect_timeout":
                settings.Timeout = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                    ? seconds
                    : throw new FormatException($"'{Mask(uri)}': connect_timeout takes whole seconds, not '{value}'.");
                break;
            case "sslmode":
                settings.SslMode = value switch
                {
                    "disable" => SslMode.Disable,
                    "allow" => SslMode.Allow,
                    "prefer" => SslMode.Prefer,
                    "require" => SslMode.Require,
                    "verify-ca" => SslMode.VerifyCA,
                    "verify-full" => SslMode.VerifyFull,
                    _ => throw new FormatException($"'{Mask(uri)}': sslmode is one of disable, allow, prefer, require, verify-ca, verify-full, not '{value}'."),
                };
                break;
            case "sslrootcert":
                settings.RootCertificate = value;
                break;
            case "sslcert":
                settings.SslCertificate = value;
                break;
            case "sslkey":
                settings.SslKey = value;
                break;
            case "target_session_attrs":
                settings.TargetSessionAttributes = value;
                break;
            default:
                throw new FormatException($"'{Mask(uri)}': Parley does not know the parameter '{name}' (it takes host, port, dbname, user, password, " +
                    "application_name, connect_timeout, sslmode, sslrootcert, sslcert, sslkey, target_session_attrs); use a Host=… connection string for other Npgsql settings.");
        }
    }

    private static int ParsePort(string uri, string port) =>
        int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 65536
            ? number
            : throw new FormatException($"'{Mask(uri)}': '{port}' is not a port number.");

    private static string Decode(string uri, string part)
    {
        try
        {
            return Uri.UnescapeDataString(part);
        }
        catch (UriFormatException e)
        {
            throw new FormatException($"'{Mask(uri)}': '{part}' is not percent-encoded correctly.", e);
        }
    }

    /// <summary>The URI with its password replaced by ***, for messages.</summary>
    private static string Mask(string uri)
    {
        var scheme = uri.IndexOf("://", StringComparison.Ordinal) + 3;
        var slash = uri.IndexOf('/', scheme);
        var at = uri.LastIndexOf('@', slash >= 0 ? slash : uri.Length - 1);
        if (at < scheme)
        {
            return uri;
        }
        var colon = uri.IndexOf(':', scheme);
        return colon >= 0 && colon < at ? uri[..(colon + 1)] + "***" + uri[at..] : uri;
    }
}
