using Parley.Nlp.Entities;
using Parley.Text;

namespace Parley.Nlp.Tests.Entities;

public class EntityGazetteerTests
{
    private static Document Words(string text)
    {
        var doc = new Document(text);
        int start = 0;
        foreach (var word in text.Split(' '))
        {
            doc.AddToken(start, start + word.Length);
            start += word.Length + 1;
        }
        return doc;
    }

    [Fact]
    public void The_longest_phrase_wins_and_case_does_not_matter()
    {
        var gazetteer = EntityGazetteer.Parse("[CITY]\nNew York\nYork\n[TITLE]\nPresident\n");
        var doc = Words("the president flew to new york city");
        var codes = new int[doc.Count];
        gazetteer.Match(doc, 0, doc.Count, codes);
        // CITY is category 0 (codes 1 begin, 2 inside); TITLE is category 1 (codes 3, 4).
        Assert.Equal([0, 3, 0, 0, 1, 2, 0], codes);
    }

    [Fact]
    public void A_phrase_before_any_category_is_reported_with_its_line()
    {
        var error = Assert.Throws<FormatException>(() => EntityGazetteer.Parse("\nParis\n", "places.txt"));
        Assert.StartsWith("places.txt:2:", error.Message);
    }

    [Fact]
    public void The_team_lists_know_the_seed_story_places_and_titles()
    {
        var doc = Words("Foreign Minister Wang Yi met officials in Helsinki , Finland");
        var codes = new int[doc.Count];
        var gazetteer = EntityGazetteer.Default;
        gazetteer.Match(doc, 0, doc.Count, codes);
        string Category(int code) => code == 0 ? "-" : gazetteer.Categories[(code - 1) / 2];
        Assert.Equal(["TITLE", "TITLE", "PERSON", "PERSON", "-", "-", "-", "CITY", "-", "COUNTRY"], codes.Select(Category));
    }
}
