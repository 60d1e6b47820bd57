package mail

import (
	"github.com/podium-portal/podium/internal/smtptest"

	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/jobs"
	"github.com/podium-portal/podium/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// fastRetry keeps retries within a test's patience.
func fastRetry(int) time.Duration { return 50 * time.Millisecond }

// startWorking starts a River client that delivers mail with sender and
// returns an outbox that enqueues through it.
func startWorking(t *testing.T, pool *pgxpool.Pool, sender Sender) *Outbox {
	t.Helper()
	workers := river.NewWorkers()
	river.AddWorker(workers, NewSendWorker(pool, sender, nil, fastRetry))
	client, err := jobs.NewClient(pool, workers, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := client.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := client.Stop(ctx); err != nil {
			t.Errorf("stop River: %v", err)
		}
	})
	return NewOutbox(pool, client)
}

func insertOnly(t *testing.T, pool *pgxpool.Pool) *Outbox {
	t.Helper()
	client, err := jobs.NewInsertOnlyClient(pool, nil)
	if err != nil {
		t.Fatal(err)
	}
	return NewOutbox(pool, client)
}

func enqueue(t *testing.T, pool *pgxpool.Pool, o *Outbox, msg Message) int64 {
	t.Helper()
	var id int64
	err := database.InTx(context.Background(), pool, func(tx pgx.Tx) error {
		var err error
		id, err = o.Enqueue(context.Background(), tx, msg)
		return err
	})
	if err != nil {
		t.Fatalf("enqueue: %v", err)
	}
	return id
}

// waitForMail polls the outbox until ok holds for the mail, failing the test
// after ten seconds.
func waitForMail(t *testing.T, o *Outbox, id int64, what string, ok func(Mail) bool) Mail {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		m, err := o.ByID(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if ok(m) {
			return m
		}
		if time.Now().After(deadline) {
			t.Fatalf("mail %d never became %s: status %s, attempts %d, last error %q", id, what, m.Status, m.Attempts, m.LastError)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func count(t *testing.T, pool *pgxpool.Pool, sql string) int {
	t.Helper()
	var n int
	if err := pool.QueryRow(context.Background(), sql).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestEnqueueDeliversThroughSMTP(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	srv := smtptest.Start(t, smtptest.Options{})
	sender, err := NewSMTPSender(SMTPConfig{Host: srv.Host, Port: srv.Port, From: "Podium Ministerie <noreply@podium.test>"})
	if err != nil {
		t.Fatal(err)
	}
	o := startWorking(t, pool, sender)
	msg := testMessage()
	id := enqueue(t, pool, o, msg)

	got := srv.Wait(t, 10*time.Second)
	p := parseMail(t, got.Data)
	assertHeaders(t, p, msg)
	if !strings.Contains(p.Text, "https://podium.test/wachtwoord/abc?x=1&y=2") {
		t.Errorf("text part lacks the link: %q", p.Text)
	}

	m := waitForMail(t, o, id, "sent", func(m Mail) bool { return m.Status == StatusSent })
	if m.Attempts != 1 || m.SentAt == nil || m.LastError != "" {
		t.Errorf("sent mail: attempts %d, sent_at %v, last error %q", m.Attempts, m.SentAt, m.LastError)
	}
	if m.Subject != msg.Subject || m.Text != msg.Text || m.HTML != msg.HTML || m.To != msg.To || m.ToName != msg.ToName || m.Lang != msg.Lang || m.Kind != msg.Kind {
		t.Errorf("stored mail differs from the message: %+v", m)
	}
	if srv.Count() != 1 {
		t.Errorf("server received %d messages, want 1", srv.Count())
	}
}

func TestEnqueueFollowsTheTransaction(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	o := insertOnly(t, pool)
	ctx := context.Background()

	errRollback := errors.New("the action failed")
	err := database.InTx(ctx, pool, func(tx pgx.Tx) error {
		if _, err := o.Enqueue(ctx, tx, testMessage()); err != nil {
			return err
		}
		return errRollback
	})
	if !errors.Is(err, errRollback) {
		t.Fatalf("InTx = %v", err)
	}
	if n := count(t, pool, `SELECT count(*) FROM outbox_mails`); n != 0 {
		t.Errorf("rolled back: %d mails remain", n)
	}
	if n := count(t, pool, `SELECT count(*) FROM river_job`); n != 0 {
		t.Errorf("rolled back: %d jobs remain", n)
	}

	msg := testMessage()
	msg.Attachments = []Attachment{
		{Filename: "event.ics", ContentType: "text/calendar; charset=utf-8", Data: []byte("BEGIN:VCALENDAR")},
		{Filename: "map.txt", ContentType: "text/plain", Data: []byte{0, 1, 2}},
	}
	id := enqueue(t, pool, o, msg)
	if n := count(t, pool, `SELECT count(*) FROM river_job WHERE kind = 'mail_send' AND args->>'mail_id' = '`+itoa(id)+`' AND max_attempts = 8`); n != 1 {
		t.Errorf("committed: %d matching jobs, want 1", n)
	}
	m, err := o.ByID(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if m.Status != StatusQueued || m.Attempts != 0 || m.SentAt != nil {
		t.Errorf("new mail: status %s, attempts %d, sent_at %v", m.Status, m.Attempts, m.SentAt)
	}
	if len(m.Attachments) != 2 || m.Attachments[0].Filename != "event.ics" || string(m.Attachments[1].Data) != "\x00\x01\x02" {
		t.Errorf("attachments = %+v", m.Attachments)
	}
}

func TestEnqueueRejectsBadMessages(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	o := insertOnly(t, pool)
	tests := []struct {
		name   string
		change func(*Message)
	}{
		{"no recipient", func(m *Message) { m.To = "" }},
		{"recipient with name", func(m *Message) { m.To = "Ada <ada@example.org>" }},
		{"recipient with line break", func(m *Message) { m.ToName = "Ada\r\nBcc: x@example.org" }},
		{"unknown language", func(m *Message) { m.Lang = "de" }},
		{"kind not snake case", func(m *Message) { m.Kind = "Password Reset" }},
		{"empty subject", func(m *Message) { m.Subject = " " }},
		{"empty text", func(m *Message) { m.Text = "" }},
		{"attachment without name", func(m *Message) { m.Attachments = []Attachment{{ContentType: "text/plain"}} }},
		{"attachment with bad type", func(m *Message) { m.Attachments = []Attachment{{Filename: "a", ContentType: "no type"}} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := testMessage()
			tt.change(&msg)
			err := database.InTx(context.Background(), pool, func(tx pgx.Tx) error {
				_, err := o.Enqueue(context.Background(), tx, msg)
				return err
			})
			if err == nil {
				t.Error("Enqueue accepted the message")
			}
		})
	}
	if n := count(t, pool, `SELECT count(*) FROM outbox_mails`); n != 0 {
		t.Errorf("%d mails stored", n)
	}
}

func TestTemporaryFailureIsRecordedAndRetried(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	busy := &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "mailbox busy, try later"}
	// The server turns the recipient away twice, then accepts.
	srv := smtptest.Start(t, smtptest.Options{RcptErrs: []error{busy, busy}})
	sender, err := NewSMTPSender(SMTPConfig{Host: srv.Host, Port: srv.Port, From: "noreply@podium.test"})
	if err != nil {
		t.Fatal(err)
	}
	o := startWorking(t, pool, sender)
	id := enqueue(t, pool, o, testMessage())

	m := waitForMail(t, o, id, "tried once", func(m Mail) bool { return m.Attempts >= 1 })
	if m.Attempts == 1 && m.Status != StatusQueued && m.Status != StatusSending {
		t.Errorf("after a 451: status %s, want queued for a retry", m.Status)
	}
	if !strings.Contains(m.LastError, "451") {
		t.Errorf("last error %q does not record the 451", m.LastError)
	}

	m = waitForMail(t, o, id, "sent", func(m Mail) bool { return m.Status == StatusSent })
	if m.Attempts != 3 {
		t.Errorf("attempts = %d, want 3", m.Attempts)
	}
	if !strings.Contains(m.LastError, "451") {
		t.Errorf("last error %q lost the earlier failure", m.LastError)
	}
	srv.Wait(t, time.Second)
}

func TestKeepSenderKeepsMail(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	o := startWorking(t, pool, KeepSender{})
	id := enqueue(t, pool, o, testMessage())
	m := waitForMail(t, o, id, "kept", func(m Mail) bool { return m.Status == StatusKept })
	if m.SentAt != nil || m.LastError != "" {
		t.Errorf("kept mail: sent_at %v, last error %q", m.SentAt, m.LastError)
	}
	if m.HTML == "" || m.Text == "" {
		t.Error("kept mail lost its bodies")
	}
}

// failingSender fails every message with err and counts its calls.
type failingSender struct {
	err   error
	calls int
}

func (s *failingSender) Send(context.Context, Message) error {
	s.calls++
	return s.err
}

// work runs the worker once on the mail's job as River would on attempt.
func work(t *testing.T, w *SendWorker, id int64, attempt int) error {
	t.Helper()
	job := &river.Job[SendArgs]{
		JobRow: &rivertype.JobRow{ID: 1, Attempt: attempt, MaxAttempts: MaxAttempts, Kind: SendArgs{}.Kind()},
		Args:   SendArgs{MailID: id},
	}
	return w.Work(context.Background(), job)
}

func TestSendWorkerOutcomes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name         string
		sendErr      error
		attempt      int
		wantStatus   Status
		wantAttempts int
		wantErr      bool
		wantCancel   bool
	}{
		{name: "success", sendErr: nil, attempt: 1, wantStatus: StatusSent, wantAttempts: 1},
		{name: "kept", sendErr: ErrKept, attempt: 1, wantStatus: StatusKept, wantAttempts: 0},
		{name: "temporary failure", sendErr: errors.New("connection refused"), attempt: 1, wantStatus: StatusQueued, wantAttempts: 1, wantErr: true},
		{name: "temporary failure on the last attempt", sendErr: errors.New("connection refused"), attempt: MaxAttempts, wantStatus: StatusFailed, wantAttempts: 1, wantErr: true},
		{name: "permanent failure", sendErr: errors.Join(ErrPermanent, errors.New("550 no such user")), attempt: 1, wantStatus: StatusFailed, wantAttempts: 1, wantErr: true, wantCancel: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			pool := testdb.New(t)
			o := insertOnly(t, pool)
			id := enqueue(t, pool, o, testMessage())
			sender := &failingSender{err: tt.sendErr}
			err := work(t, NewSendWorker(pool, sender, nil, nil), id, tt.attempt)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Work = %v, wantErr %v", err, tt.wantErr)
			}
			var cancel *rivertype.JobCancelError
			if got := errors.As(err, &cancel); got != tt.wantCancel {
				t.Errorf("job cancelled = %v, want %v (%v)", got, tt.wantCancel, err)
			}
			m, err := o.ByID(context.Background(), id)
			if err != nil {
				t.Fatal(err)
			}
			if m.Status != tt.wantStatus || m.Attempts != tt.wantAttempts {
				t.Errorf("status %s, attempts %d; want %s, %d", m.Status, m.Attempts, tt.wantStatus, tt.wantAttempts)
			}
			if tt.sendErr != nil && !errors.Is(tt.sendErr, ErrKept) && m.LastError != tt.sendErr.Error() {
				t.Errorf("last error = %q, want %q", m.LastError, tt.sendErr.Error())
			}
			if (m.SentAt != nil) != (tt.wantStatus == StatusSent) {
				t.Errorf("sent_at = %v with status %s", m.SentAt, m.Status)
			}
		})
	}
}

func TestSendWorkerDoesNotResend(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	o := insertOnly(t, pool)
	id := enqueue(t, pool, o, testMessage())
	sender := &failingSender{}
	w := NewSendWorker(pool, sender, nil, nil)
	if err := work(t, w, id, 1); err != nil {
		t.Fatal(err)
	}
	if err := work(t, w, id, 2); err != nil {
		t.Fatalf("second run of a sent mail: %v", err)
	}
	if sender.calls != 1 {
		t.Errorf("sender called %d times, want 1", sender.calls)
	}
}

func TestSendWorkerCancelsJobOfMissingMail(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	err := work(t, NewSendWorker(pool, &failingSender{}, nil, nil), 12345, 1)
	var cancel *rivertype.JobCancelError
	if !errors.As(err, &cancel) || !errors.Is(err, database.ErrNotFound) {
		t.Errorf("Work on a missing mail = %v, want a cancelled job wrapping ErrNotFound", err)
	}
}

func TestList(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	o := insertOnly(t, pool)
	ctx := context.Background()
	var ids []int64
	for range 5 {
		ids = append(ids, enqueue(t, pool, o, testMessage()))
	}
	// Two of them were sent.
	w := NewSendWorker(pool, &failingSender{}, nil, nil)
	for _, id := range ids[:2] {
		if err := work(t, w, id, 1); err != nil {
			t.Fatal(err)
		}
	}

	tests := []struct {
		name    string
		filter  ListFilter
		want    []int64
		wantErr bool
	}{
		{name: "all, newest first", filter: ListFilter{}, want: []int64{ids[4], ids[3], ids[2], ids[1], ids[0]}},
		{name: "limit", filter: ListFilter{Limit: 2}, want: []int64{ids[4], ids[3]}},
		{name: "next page", filter: ListFilter{Limit: 2, Before: ids[3]}, want: []int64{ids[2], ids[1]}},
		{name: "sent", filter: ListFilter{Status: StatusSent}, want: []int64{ids[1], ids[0]}},
		{name: "queued after a cursor", filter: ListFilter{Status: StatusQueued, Before: ids[3]}, want: []int64{ids[2]}},
		{name: "failed", filter: ListFilter{Status: StatusFailed}, want: nil},
		{name: "unknown status", filter: ListFilter{Status: "lost"}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := o.List(ctx, tt.filter)
			if (err != nil) != tt.wantErr {
				t.Fatalf("List = %v, wantErr %v", err, tt.wantErr)
			}
			var gotIDs []int64
			for _, m := range got {
				gotIDs = append(gotIDs, m.ID)
				if m.Subject == "" || m.To == "" || m.CreatedAt.IsZero() || m.Text != "" || m.HTML != "" {
					t.Errorf("listed mail %d: %+v", m.ID, m)
				}
			}
			if !slices.Equal(gotIDs, tt.want) {
				t.Errorf("ids = %v, want %v", gotIDs, tt.want)
			}
		})
	}
}

func TestByIDNotFound(t *testing.T) {
	t.Parallel()
	pool := testdb.New(t)
	if _, err := NewOutbox(pool, nil).ByID(context.Background(), 999); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("ByID of a missing mail = %v, want ErrNotFound", err)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
