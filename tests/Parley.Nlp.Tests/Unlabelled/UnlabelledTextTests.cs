using Parley.Nlp.Unlabelled;

namespace Parley.Nlp.Tests.Unlabelled;

public sealed class UnlabelledTextTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parley-unlabelled-" + Guid.NewGuid().ToString("N"));

    public UnlabelledTextTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Csv_stories_keep_quoted_commas_and_line_breaks_and_leave_out_the_development_split()
    {
        var path = File("stories.csv", "id,title,text,label\ns0001,Police Detain Journalists,\"Police detained twelve journalists, officials said.\n\nThey were freed.\",ARREST\ns0005,Dev Story,Kept aside.,ARREST\n");

        var stories = UnlabelledText.ReadStories(path).ToList();

        Assert.Equal(["Police Detain Journalists\n\nPolice detained twelve journalists, officials said.\n\nThey were freed."], stories);
    }

    [Fact]
    public void Sentences_are_tokenized_with_the_title_first()
    {
        var path = File("news.jsonl", "{\"title\":\"Russia Expels Diplomats\",\"text\":\"Russia expelled two diplomats. They left.\"}\n\n");

        var sentences = UnlabelledText.ReadSentences(path).Select(s => string.Join(' ', s)).ToList();

        Assert.Equal(["Russia Expels Diplomats", "Russia expelled two diplomats .", "They left ."], sentences);
    }

    [Fact]
    public void A_bad_json_line_is_reported_with_its_file_and_line()
    {
        var path = File("bad.jsonl", "{\"text\":\"Fine.\"}\nnot json\n");

        var error = Assert.Throws<InvalidDataException>(() => UnlabelledText.ReadStories(path).ToList());

        Assert.StartsWith(path + ":2:", error.Message);
    }

    [Fact]
    public void A_csv_row_with_the_wrong_number_of_fields_is_reported_with_its_line()
    {
        var path = File("bad.csv", "id,title,text\ns0001,A,\"one\ntwo\"\ns0002,B\n");

        var error = Assert.Throws<InvalidDataException>(() => UnlabelledText.ReadStories(path).ToList());

        Assert.StartsWith(path + ":4:", error.Message);
    }

    [Theory]
    [InlineData("s0005", true)]
    [InlineData("s0000", true)]
    [InlineData("s0001", false)]
    [InlineData("story-12", false)]
    [InlineData("abc", false)]
    public void Development_ids_are_those_whose_number_is_a_multiple_of_five(string id, bool expected)
        => Assert.Equal(expected, UnlabelledText.IsDevelopmentId(id));
}
