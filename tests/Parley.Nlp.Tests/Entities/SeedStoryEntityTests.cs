using Parley.Nlp.Entities;
using Parley.Testing;
using Parley.Text;
using Parley.Text.Tokenization;

namespace Parley.Nlp.Tests.Entities;

/// <summary>The story Parley started from, through the real tokenizer, sentence splitter and the shipped recogniser.</summary>
[Trait("Category", "Model")]
public class SeedStoryEntityTests
{
    private static HashSet<string> Entities()
    {
        var doc = new Document(File.ReadAllText(RepositoryPaths.InRepo("examples", "seed-2025-07-22.txt")));
        new Pipeline(new Tokenizer(), new SentenceSplitter(), EntityRecognizer.Load(RepositoryPaths.InRepo("models", "ner"))).Process(doc);
        return [.. doc.Entities.Select(e => $"{new TokenSpan(doc, e.Start, e.End).Text}/{e.Label}")];
    }

    [Fact]
    public void The_seed_story_names_its_people_and_places()
    {
        var found = Entities();
        string[] expected =
        [
            "Donald Trump/PER", "Vladimir Putin/PER", "Dmitry Peskov/PER", "Xi Jinping/PER", "Wang Yi/PER",
            "Beijing/LOC", "China/LOC", "Russia/LOC", "Helsinki/LOC", "Finland/LOC", "Ukraine/LOC",
        ];
        foreach (var entity in expected)
        {
            Assert.Contains(entity, found);
        }
        Assert.True(found.Contains("Kremlin/ORG") || found.Contains("Kremlin/LOC"), "Kremlin is not found as ORG or LOC");
        // "U.S. President Donald Trump": the title stays out of the name.
        Assert.DoesNotContain(found, e => e.Contains("President", StringComparison.Ordinal));
    }
}
