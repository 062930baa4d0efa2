using SamePage.Meaning;

namespace SamePage.Web.Tests.Safety;

/// <summary>The sentence model's 8-bit reading stays close to its 32-bit one, sentence by sentence.</summary>
public sealed class MiniLmEmbedderTests
{
    private static readonly string[] Sentences =
    [
        "We cook together on Sundays.",
        "You will give me your phone every night so I can check who you talked to.",
        "Either of us can see friends without asking first.",
        "if u go out without me dont bother coming home",
    ];

    [Fact]
    public void The_8_bit_model_reads_each_sentence_close_to_the_32_bit_model()
    {
        using var floats = new MiniLmEmbedder(quantised: false);
        using var bytes = new MiniLmEmbedder(quantised: true);
        var before = floats.Embed(Sentences);
        var after = bytes.Embed(Sentences);
        for (var i = 0; i < Sentences.Length; i++)
        {
            var cosine = before[i].Zip(after[i], (a, b) => (double)a * b).Sum();
            Assert.InRange(cosine, 0.97, 1.0001);
        }

        // And the two readings still tell the sentences apart the same way.
        double Similarity(IReadOnlyList<float[]> v, int a, int b) => v[a].Zip(v[b], (x, y) => (double)x * y).Sum();
        Assert.Equal(Similarity(before, 1, 3) > Similarity(before, 0, 3), Similarity(after, 1, 3) > Similarity(after, 0, 3));
    }

    [Fact]
    public void Released_model_loads_again_in_8_bits()
    {
        using var model = new MiniLmEmbedder(quantised: true);
        var first = model.Embed(Sentences)[1];
        model.Release();
        Assert.False(model.Loaded);
        var again = model.Embed(Sentences)[1];
        Assert.Equal(2, model.Loads);
        Assert.Equal(first, again);
    }
}
