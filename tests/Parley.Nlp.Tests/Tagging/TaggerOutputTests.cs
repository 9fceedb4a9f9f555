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
    private const string ModelDigest = "e1f23b25709c275f68aeec49e011fbe5b4c275e129fac38f338c09f557d5cf87";
    // Recorded again on 2026-12-07: a past participle that opens the main clause after its subject and before its
    // object is read as the finite verb even when a later clause has one ("police detained X as he returned");
    // EWT dev UPOS stayed 95.13 %, LAS 80.78 → 80.80 %. Again later that day: an adverb may stand between that subject
    // and the participle, and a preposition, "to" or "that" may follow it; UPOS stayed 95.13 %, LAS 80.80 → 80.82 %.
    // Again later: a short opening phrase set off by a comma may come before that subject, and an adverb after the
    // participle; one EWT dev tag changed, rightly ("..., an Iranian Opposition Group released/VBD what they call").
    private const string OutputDigest = "04bd514bfeb9cc64ccfd298d137d619bf9246aff77976eb2e154ab8aeff1e9ec";

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
        string digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(output.ToString())));
        Assert.True(digest == OutputDigest,
            $"The tagger's output on EWT dev changed (SHA-256 {digest}). If the change is meant (the tags it changes were measured), record the new digest.");
    }
}
