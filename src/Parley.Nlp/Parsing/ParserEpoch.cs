namespace Parley.Nlp.Parsing;

/// <summary>What one training epoch of one model scored on the development data.</summary>
/// <param name="Model">1-based number of the model (each has its own seed).</param>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="Dev">Attachment scores of the model's averaged weights after this epoch (before pruning).</param>
/// <param name="MoveErrors">Share of training decisions whose predicted move was not optimal.</param>
public sealed record ParserEpoch(int Model, int Epoch, AttachmentScores Dev, double MoveErrors);
