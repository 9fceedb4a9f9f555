using Parley.Storage.Postgres;

namespace Parley.Storage.Tests;

public sealed class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("postgres://localhost/parley", true)]
    [InlineData("postgresql://u:p@db.example.org:5433/events", true)]
    [InlineData("POSTGRES://localhost/parley", true)]
    [InlineData("Host=localhost;Database=parley", true)]
    [InlineData("Server=db;Username=parley", true)]
    [InlineData("parley.db", false)]
    [InlineData("/data/Host=1.db", false)]
    [InlineData("runs/host=a/parley.db", false)]
    public void Urls_and_connection_strings_are_told_from_file_names(string text, bool isPostgres)
    {
        Assert.Equal(isPostgres, PostgresConnectionString.Recognizes(text));
    }

    [Fact]
    public void A_uri_gives_user_password_host_port_and_database()
    {
        var settings = PostgresConnectionString.Parse("postgres://ana:s%40cret@db.example.org:5433/event%20store?sslmode=require&application_name=coder");

        Assert.Equal(("ana", "s@cret", "db.example.org", 5433, "event store"), (settings.Username, settings.Password, settings.Host, settings.Port, settings.Database));
        Assert.Equal(Npgsql.SslMode.Require, settings.SslMode);
        Assert.Equal("coder", settings.ApplicationName);
    }

    [Theory]
    [InlineData("postgres://[::1]:5434/parley", "::1", 5434)]
    [InlineData("postgres://[::1]/parley", "::1", 5432)]
    [InlineData("postgresql:///parley?host=/var/run/postgresql", "/var/run/postgresql", 5432)]
    [InlineData("postgres://localhost/parley?port=6000", "localhost", 6000)]
    public void A_uri_may_name_the_host_in_brackets_or_as_a_parameter(string uri, string host, int port)
    {
        var settings = PostgresConnectionString.Parse(uri);

        Assert.Equal((host, port, "parley"), (settings.Host, settings.Port, settings.Database));
    }

    [Fact]
    public void A_connection_string_is_taken_as_Npgsql_reads_it()
    {
        var settings = PostgresConnectionString.Parse("Host=10.0.0.5;Port=6432;Database=events;Username=worker;Password=x");

        Assert.Equal(("10.0.0.5", 6432, "events", "worker"), (settings.Host, settings.Port, settings.Database, settings.Username));
    }

    [Theory]
    [InlineData("postgres://localhost:http/parley", "'http' is not a port number")]
    [InlineData("postgres://localhost/parley?sslmode=always", "sslmode is one of")]
    [InlineData("postgres://localhost/parley?frobnicate=1", "does not know the parameter 'frobnicate'")]
    [InlineData("postgres://localhost/parley?sslmode", "has no value")]
    [InlineData("Host=localhost;Colour=blue", "cannot be read")]
    public void A_wrong_uri_or_connection_string_says_what_is_wrong(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => PostgresConnectionString.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_name_the_database_without_its_password()
    {
        var described = PostgresConnectionString.Describe("postgres://ana:topsecret@db:5433/events");
        var wrong = Assert.Throws<FormatException>(() => PostgresConnectionString.Parse("postgres://ana:topsecret@db/events?x=1"));

        Assert.Equal("postgres://ana@db:5433/events", described);
        Assert.DoesNotContain("topsecret", wrong.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("topsecret", PostgresConnectionString.Describe("Host=db;Password=topsecret;Database=events"), StringComparison.Ordinal);
    }
}
