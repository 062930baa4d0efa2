using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using SamePage.Core.CheckIns;
using SamePage.Data;
using SamePage.Web.Tests.TestSupport;

namespace SamePage.Web.Tests.Data;

/// <summary>
/// Nothing a person was told is saved may be lost when the process dies: the app runs as a real
/// process, several browsers write at once, the process is killed (SIGKILL) in the middle, and after a
/// restart every write that got a success answer is there. SIGTERM lets requests under way finish.
/// </summary>
public sealed class CrashTests
{
    private const int WritesPerBrowser = 24;
    private static readonly string[] Stances = ["Fine", "TellMe", "AskFirst", "Hurts", "Betrayal", "Unsure"];

    [Theory, Providers]
    public async Task Every_write_acknowledged_before_a_kill_is_there_after_a_restart(DatabaseProvider provider)
    {
        await using var data = new NodeData(provider);
        Guid circle;
        var answers = new[] { new Acknowledged<(string Behaviour, string Stance)>(), new Acknowledged<(string Behaviour, string Stance)>() };
        var clauses = new[] { new Acknowledged<string>(), new Acknowledged<string>() };
        var checkIns = new[] { new Acknowledged<int>(), new Acknowledged<int>() };
        int checkIn;
        (string Username, string Passphrase)[] accounts;
        await using (var node = await AppNode.StartAsync(data.Settings))
        {
            using var a = node.NewPerson();
            using var b = node.NewPerson();
            await a.SignUpAsync(Names.Username(), Names.Passphrase());
            await b.SignUpAsync(Names.Username(), Names.Passphrase());
            circle = await a.CreateCircleAsync("Us", "Alder");
            await b.JoinCircleAsync(circle, await a.InviteAsync(circle), "Birch");
            accounts = [(a.Username, a.Passphrase), (b.Username, b.Passphrase)];
            checkIn = await a.StartCheckInAsync(circle);
            // Each partner in three browsers: answering the questionnaire, writing clauses, checking in.
            using var a2 = await SignedInAsync(node, accounts[0]);
            using var b2 = await SignedInAsync(node, accounts[1]);
            using var a3 = await SignedInAsync(node, accounts[0]);
            using var b3 = await SignedInAsync(node, accounts[1]);
            foreach (var browser in new[] { a, b, a2, b2, a3, b3 })
            {
                await browser.AntiforgeryTokenAsync();
            }

            var burst = new List<Task>
            {
                AnswerAsync(a, circle, answers[0]),
                AnswerAsync(b, circle, answers[1]),
                WriteClausesAsync(a2, circle, "Alder", clauses[0]),
                WriteClausesAsync(b2, circle, "Birch", clauses[1]),
                CheckInAsync(a3, circle, checkIn, checkIns[0]),
                CheckInAsync(b3, circle, checkIn, checkIns[1]),
            };

            // Mid-burst: once a quarter of the writes have been acknowledged (a count, not a time).
            var planned = burst.Count * WritesPerBrowser;
            int Acknowledged() => answers.Sum(x => x.Count) + clauses.Sum(x => x.Count) + checkIns.Sum(x => x.Count);
            while (Acknowledged() < planned / 4 && !burst.All(t => t.IsCompleted))
            {
                await Task.Delay(10);
            }

            await node.KillAsync();
            await Task.WhenAll(burst);
            Assert.True(Acknowledged() < planned, "The burst finished before the kill; it proved nothing.");
            Assert.True(answers.All(x => x.Count > 0) && clauses.All(x => x.Count > 0) && checkIns.All(x => x.Count > 0),
                "Every kind of write should have been acknowledged at least once.");
        }

        await using (var restarted = await AppNode.StartAsync(data.Settings))
        {
            for (var member = 0; member < 2; member++)
            {
                using var person = await SignedInAsync(restarted, accounts[member]);
                foreach (var (category, acked) in answers[member].Items.GroupBy(x => CategoryOf(x.Behaviour)).Select(g => (g.Key, g.ToList())))
                {
                    var page = await person.GetAsync(Paths.Answer(circle, 1, category));
                    foreach (var (behaviour, stance) in acked)
                    {
                        Assert.True(page.Find($"input[name='Answers[{behaviour}]'][value={stance}][checked]") is not null,
                            $"Answer {behaviour} = {stance} was acknowledged before the kill but is not there.");
                    }
                }

                var texts = await person.DraftTextsAsync(circle);
                foreach (var text in clauses[member].Items)
                {
                    Assert.Contains(text, texts);
                }

                // Each check-in save replaces the last: the last acknowledged one is there, or the one sent after it.
                var lastAcknowledged = checkIns[member].Items[^1];
                var form = await person.GetAsync(Paths.CheckIn(circle, checkIn));
                foreach (var item in CheckInItems.All)
                {
                    var score = int.Parse(form.Find($"input[name='Scores[{item}]'][checked]")?.GetAttribute("value") ?? "0", CultureInfo.InvariantCulture);
                    Assert.True(score == ScoreOf(lastAcknowledged) || score == ScoreOf(lastAcknowledged + 1),
                        $"Check-in score {item} is {score}; the last acknowledged save set {ScoreOf(lastAcknowledged)}.");
                }
            }

            var check = await AppProcess.RunAsync(["check"], data.Settings);
            Assert.True(check.ExitCode == 0, $"check after the crash: {check.Output}{check.Errors}");
            Assert.Equal(0, await restarted.TerminateAsync());
        }
    }

    [Fact]
    public async Task SIGTERM_lets_a_request_under_way_finish_before_the_process_exits()
    {
        await using var data = new NodeData(DatabaseProvider.Sqlite);
        await using var node = await AppNode.StartAsync(data.Settings);
        using var person = node.NewPerson();
        await person.SignUpAsync(Names.Username(), Names.Passphrase());
        var circle = await person.CreateCircleAsync("Us", "Alder");
        var token = await person.AntiforgeryTokenAsync();
        var category = TestCatalogue.Categories[0].Id;
        var behaviour = TestCatalogue.Catalogue.InCategory(category).First().Id;
        var body = Encoding.ASCII.GetBytes(
            $"Answers%5B{Uri.EscapeDataString(behaviour)}%5D=Hurts&go=save&{Person.TokenField}={Uri.EscapeDataString(token)}");

        // A browser that has sent its request line and headers, and is still sending the form.
        using var connection = new TcpClient();
        await connection.ConnectAsync(IPAddress.Loopback, node.Port);
        var stream = connection.GetStream();
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"POST {Paths.Answer(circle, 1, category)} HTTP/1.1\r\n")
            .Append(CultureInfo.InvariantCulture, $"Host: 127.0.0.1:{node.Port}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Cookie: {person.Cookies.GetCookieHeader(node.Address)}\r\n")
            .Append("Content-Type: application/x-www-form-urlencoded\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n")
            .Append("Expect: 100-continue\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
        // The app asks for the body only once the request is in its hands.
        Assert.StartsWith("HTTP/1.1 100 Continue", await ReadAsync(stream, "\r\n\r\n"));

        node.SendTerminate();
        await stream.WriteAsync(body);
        var response = await ReadAsync(stream, "\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 302", response);
        connection.Close();
        Assert.Equal(0, await node.ExitCodeAsync()); // a clean exit after one SIGTERM, as systemd sends
        await using var restarted = await AppNode.StartAsync(data.Settings);
        using var again = await SignedInAsync(restarted, (person.Username, person.Passphrase));
        var page = await again.GetAsync(Paths.Answer(circle, 1, category));
        Assert.NotNull(page.Find($"input[name='Answers[{behaviour}]'][value=Hurts][checked]"));
    }

    /// <summary>Writes that got a success answer, in order, from one browser.</summary>
    private sealed class Acknowledged<T>
    {
        private readonly List<T> _items = [];

        public int Count
        {
            get
            {
                lock (_items)
                {
                    return _items.Count;
                }
            }
        }

        public IReadOnlyList<T> Items
        {
            get
            {
                lock (_items)
                {
                    return [.. _items];
                }
            }
        }

        public void Add(T item)
        {
            lock (_items)
            {
                _items.Add(item);
            }
        }
    }

    /// <summary>One answer per write, each to a behaviour of its own, alternating the Save button and autosave.</summary>
    private static async Task AnswerAsync(Person person, Guid circle, Acknowledged<(string, string)> acknowledged)
    {
        var behaviours = TestCatalogue.Behaviours.Take(WritesPerBrowser).ToList();
        for (var i = 0; i < behaviours.Count; i++)
        {
            var (behaviour, stance) = (behaviours[i], Stances[i % Stances.Length]);
            var autosave = i % 2 == 1;
            var url = autosave ? Paths.Autosave(circle, 1, behaviour.CategoryId) : Paths.Answer(circle, 1, behaviour.CategoryId);
            var page = await TryAsync(() => autosave
                ? person.PostFormAsync(url, ($"Answers[{behaviour.Id}]", stance))
                : person.PostFormAsync(url, ($"Answers[{behaviour.Id}]", stance), ("go", "save")));
            if (page is null)
            {
                return;
            }

            if (page.Status == (autosave ? HttpStatusCode.OK : HttpStatusCode.Redirect))
            {
                acknowledged.Add((behaviour.Id, stance));
            }
        }
    }

    private static async Task WriteClausesAsync(Person person, Guid circle, string who, Acknowledged<string> acknowledged)
    {
        for (var i = 0; i < WritesPerBrowser; i++)
        {
            var text = $"{who} keeps promise {i}";
            var page = await TryAsync(() => person.AddClauseAsync(circle, AgreementIntents.ClauseFields(text)));
            if (page is null)
            {
                return;
            }

            if (page.Status == HttpStatusCode.Redirect)
            {
                acknowledged.Add(text);
            }
        }
    }

    /// <summary>One check-in save after another, each setting every score to the next value.</summary>
    private static async Task CheckInAsync(Person person, Guid circle, int number, Acknowledged<int> acknowledged)
    {
        for (var i = 0; i < WritesPerBrowser; i++)
        {
            var page = await TryAsync(() => person.SaveCheckInAsync(circle, number, CheckInIntents.Scores(ScoreOf(i))));
            if (page is null)
            {
                return;
            }

            if (page.Status == HttpStatusCode.Redirect)
            {
                acknowledged.Add(i);
            }
        }
    }

    private static int ScoreOf(int write) => (write % 5) + 1;

    /// <summary>The request's answer, or null once the server is gone (the browser gives up).</summary>
    private static async Task<WebPage?> TryAsync(Func<Task<WebPage>> send)
    {
        try
        {
            return await send();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return null;
        }
    }

    private static string CategoryOf(string behaviour) => TestCatalogue.Behaviours.First(b => b.Id == behaviour).CategoryId;

    private static async Task<Person> SignedInAsync(AppNode node, (string Username, string Passphrase) account)
    {
        var person = node.NewPerson();
        var signIn = await person.SignInAsync(account.Username, account.Passphrase);
        Assert.True(signIn.Status == HttpStatusCode.Redirect, $"Signing in answered {signIn}: {signIn.Text}");
        return person;
    }

    private static async Task<string> ReadAsync(NetworkStream stream, string until)
    {
        var received = new StringBuilder();
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!received.ToString().Contains(until, StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return received.ToString();
    }
}
