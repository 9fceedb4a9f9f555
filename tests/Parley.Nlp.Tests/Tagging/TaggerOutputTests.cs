using System.Security.Cryptography;
using System.Text;
using Parley.Nlp.Conllu;
using Parley.Nlp.Evaluation;
using Parley.Nlp.Tagging;
using Parley.Testing;

namespace Parley.Nlp.Tests.Tagging;

/// <summary>
/// Pins the shipped tagger's output on EWT dev (gold tokens), token by token, to what it was when recorded:
/// a change meant only to make tagging faster must leave every tag as it was.
/// </summary>
[Trait("Category", "Model")]
public class TaggerOutputTests
{
    // The SHA-256 of models/tagger/model.bin whose output is recorded, and of that output (as built below).
    private const string ModelDigest = "4b3bec0907a9cb36ea0c0b785c93dd76738e56e0e5e035245c29cd2f61b48cc6";
    private const string OutputDigest = "8b8fdaeb20670122f1409f4d10296ade550072284a9092e86d2146d7f23cc02d";

    [SharedDataFact("ud/en_ewt-ud-dev.conllu")]
    public void The_shipped_tagger_gives_EWT_dev_the_same_tags_as_when_recorded()
    {
        string modelPath = RepositoryPaths.InRepo("models", "tagger");
        string model = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(modelPath, "model.bin"))));
        Assert.True(model == ModelDigest,
            $"models/tagger/model.bin is not the model whose output is recorded here (SHA-256 {model}). If it was retrained on purpose, record its digest and the new output's.");
        var tagger = PerceptronTagger.Load(modelPath);
        var output = new StringBuilder();
        foreach (var sentence in ConlluReader.ReadFile(RepositoryPaths.InSharedData("ud", "en_ewt-ud-dev.conllu")))
        {
            var doc = UdEvaluator.TokenDocument(sentence);
            tagger.Process(doc);
            // One line per token, its UPOS and XPOS; a blank line after each sentence.
            for (int i = 0; i < doc.Count; i++)
            {
                output.Append(doc.Strings[doc.Upos[i]]).Append('\t').Append(doc.Strings[doc.Xpos[i]]).Append('\n');
            }
            output.Append('\n');
        }
        Assert.Equal(OutputDigest, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(output.ToString()))));
    }
}
