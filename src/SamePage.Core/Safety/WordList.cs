namespace SamePage.Core.Safety;

/// <summary>Where a phrase was found in a sentence: the first word and the word after the last.</summary>
public readonly record struct WordSpan(int Start, int End);

/// <summary>One word of a rule phrase: an exact word, or a stem ("messag*") that matches every word starting with it.</summary>
public sealed record WordPattern(string Word, bool IsStem)
{
    public bool Matches(string word) =>
        IsStem ? word.StartsWith(Word, StringComparison.Ordinal) : string.Equals(word, Word, StringComparison.Ordinal);

    public override string ToString() => IsStem ? Word + "*" : Word; // the empty stem, "*", is any one word
}

/// <summary>A word or phrase of a word list, as written in the rules file and as the screener reads it.</summary>
public sealed class WordPhrase
{
    public WordPhrase(string source, IReadOnlyList<WordPattern> words)
    {
        ArgumentOutOfRangeException.ThrowIfZero(words.Count);
        Source = source;
        Words = words;
    }

    public string Source { get; }

    public IReadOnlyList<WordPattern> Words { get; }

    /// <summary>True when the phrase starts at 'start' in the sentence.</summary>
    public bool MatchesAt(IReadOnlyList<string> sentence, int start)
    {
        if (start + Words.Count > sentence.Count)
        {
            return false;
        }

        for (var i = 0; i < Words.Count; i++)
        {
            if (!Words[i].Matches(sentence[start + i]))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A named list of words and phrases that stand for one idea ("the partner's private things", "a ban").</summary>
public sealed class WordList(string name, IReadOnlyList<WordPhrase> phrases)
{
    public string Name { get; } = name;

    public IReadOnlyList<WordPhrase> Phrases { get; } = phrases;

    /// <summary>Every place in the sentence where one of the phrases is found.</summary>
    public IReadOnlyList<WordSpan> FindIn(IReadOnlyList<string> sentence)
    {
        var found = new List<WordSpan>();
        for (var start = 0; start < sentence.Count; start++)
        {
            foreach (var phrase in Phrases)
            {
                if (phrase.MatchesAt(sentence, start))
                {
                    found.Add(new WordSpan(start, start + phrase.Words.Count));
                }
            }
        }

        return found;
    }
}
