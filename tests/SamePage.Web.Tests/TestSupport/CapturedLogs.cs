using System.Collections;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace SamePage.Web.Tests.TestSupport;

/// <summary>One log message as a log would keep it: the message, its structured values, its scopes and any exception.</summary>
public sealed record CapturedLine(string Category, LogLevel Level, EventId EventId, string Text)
{
    public override string ToString() => $"{Level} {Category}[{EventId.Id}] {Text}";
}

/// <summary>A logging provider that keeps everything it is given, for tests that read the app's log.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLine> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private static void AppendValues(StringBuilder text, object? state)
    {
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            foreach (var (key, value) in values)
            {
                text.Append(" | ").Append(key).Append('=').Append(Describe(value));
            }
        }
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => s,
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Describe)),
        _ => value.ToString() ?? string.Empty,
    };

    private sealed class Logger(CapturedLogs sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => sink._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = new StringBuilder(formatter(state, exception));
            AppendValues(text, state);
            sink._scopes.ForEachScope(
                (scope, builder) =>
                {
                    builder.Append(" | scope: ").Append(Describe(scope));
                    AppendValues(builder, scope);
                },
                text);
            if (exception is not null)
            {
                text.Append(" | exception: ").Append(exception);
            }

            sink._lines.Enqueue(new CapturedLine(category, logLevel, eventId, text.ToString()));
        }
    }
}
