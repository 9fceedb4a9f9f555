using Parley.Text;

namespace Parley.Nlp.Conllu;

/// <summary>
/// Builds <see cref="Document"/>s from CoNLL-U sentences with the gold words as tokens (for training and
/// gold-token evaluation). The document text is the words joined by a space, so every token is a
/// substring of it even where a multiword token ("don't") was split.
/// </summary>
public static class GoldDocuments
{
    /// <summary>One document per sentence, with every gold column filled in.</summary>
    public static Document FromSentence(ConlluSentence sentence, StringStore? strings = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = string.Join(' ', sentence.Words.Select(w => w.Form));
        var doc = new Document(text, strings);
        int offset = 0;
        foreach (var word in sentence.Words)
        {
            int i = doc.AddToken(offset, offset + word.Form.Length);
            offset += word.Form.Length + 1;
            doc.Upos[i] = doc.Strings.Add(Blank(word.Upos));
            doc.Xpos[i] = doc.Strings.Add(Blank(word.Xpos));
            doc.Lemmas[i] = doc.Strings.Add(word.Lemma);
            doc.Heads[i] = word.Head <= 0 ? -1 : word.Head - 1;
            doc.Deps[i] = doc.Strings.Add(Blank(word.Deprel));
        }
        doc.StartSentence(0);
        doc.Mark(Annotations.Tokens | Annotations.Sentences | Annotations.Tags | Annotations.Lemmas | Annotations.Dependencies);
        return doc;
    }

    private static string Blank(string field) => field == "_" ? string.Empty : field;
}
