namespace SamePage.Core.Safety;

/// <summary>
/// Turns sentences into vectors of meaning, of unit length, so that sentences that mean alike lie
/// close together whatever their words. Core only knows this seam: the model behind it lives outside
/// Core (for English, `SamePage.Meaning`), and a locale without one screens with its rules alone.
/// </summary>
public interface ISentenceEmbedder
{
    /// <summary>One vector per sentence, in order. All vectors have the same length and unit norm.</summary>
    IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences);
}
