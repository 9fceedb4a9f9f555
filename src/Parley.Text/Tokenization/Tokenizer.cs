namespace Parley.Text.Tokenization;

/// <summary>
/// Splits English news text into tokens the way Universal Dependencies English (EWT) does, so that models
/// trained on UD see the tokens they were trained on: clitics come off ("do" "n't", "Trump" "'s",
/// "gon" "na"), punctuation is split off, hyphenated compounds split except after bound prefixes
/// ("well - known", "non-stop"), and abbreviations, numbers, times, URLs, e-mail addresses, handles and
/// tags stay whole. Tokens are offsets into the untouched text; whitespace and control characters never
/// belong to a token, and a surrogate pair or a combining mark is never cut.
/// </summary>
/// <remarks>Stateless and thread-safe: one instance can serve any number of documents at once.</remarks>
public sealed class Tokenizer : IPipe
{
    /// <inheritdoc/>
    public string Name => "tokenizer";

    /// <inheritdoc/>
    public Annotations Requires => Annotations.None;

    /// <inheritdoc/>
    public Annotations Assigns => Annotations.Tokens;

    /// <summary>Adds the tokens of <see cref="Document.Text"/> to <paramref name="doc"/>, which must have none yet.</summary>
    public void Process(Document doc) => Process(doc, null);

    /// <summary>
    /// Adds the tokens of <see cref="Document.Text"/> to <paramref name="doc"/>, and collects into
    /// <paramref name="wordContinuations"/> the index of every token that was split off the orthographic word
    /// before it ("n't" of "don't", "'s" of "Trump's", "na" of "gonna"): UD writes such groups as one multiword token.
    /// </summary>
    /// <exception cref="InvalidOperationException">The document already has tokens.</exception>
    public void Process(Document doc, ICollection<int>? wordContinuations)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (doc.Count > 0)
        {
            throw new InvalidOperationException($"The document already has {doc.Count} tokens; tokenize a fresh document.");
        }
        new TokenScanner(doc, wordContinuations).Run();
        doc.Mark(Annotations.Tokens);
    }

    /// <summary>Tokenizes <paramref name="text"/> into a new document.</summary>
    public Document Tokenize(string text)
    {
        var doc = new Document(text);
        Process(doc);
        return doc;
    }
}
