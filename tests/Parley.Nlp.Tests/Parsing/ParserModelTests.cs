using Parley.Nlp.Conllu;
using Parley.Nlp.Parsing;
using Parley.Testing;

namespace Parley.Nlp.Tests.Parsing;

/// <summary>Checks the shipped parser (models/parser) on EWT dev with gold tokens and gold tags.</summary>
[Trait("Category", "Model")]
public class ParserModelTests
{
    [SharedDataFact("ud/en_ewt-ud-dev.conllu")]
    public void The_shipped_parser_reaches_its_targets_on_EWT_dev_with_gold_tags()
    {
        var parser = DependencyParser.Load(RepositoryPaths.InRepo("models", "parser"));
        var documents = ConlluReader.ReadFile(RepositoryPaths.InSharedData("ud", "en_ewt-ud-dev.conllu")).Select(s => GoldDocuments.FromSentence(s));
        var scores = ParserEvaluation.Evaluate(parser, documents);
        Assert.True(scores.Uas >= 88.5, $"dev {scores}");
        Assert.True(scores.Las >= 86.0, $"dev {scores}");
    }
}
