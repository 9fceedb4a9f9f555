namespace Parley.Nlp.Parsing;

/// <summary>What one training epoch scored on the development data.</summary>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="Dev">Attachment scores of the averaged model after this epoch.</param>
/// <param name="MoveErrors">Share of training decisions whose predicted move was not optimal.</param>
public sealed record ParserEpoch(int Epoch, AttachmentScores Dev, double MoveErrors);
