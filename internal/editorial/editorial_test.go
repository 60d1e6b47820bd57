package editorial

import (
	"context"
	"errors"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"

	"github.com/podium-portal/podium/internal/accounts"
	"github.com/podium-portal/podium/internal/audit"
	"github.com/podium-portal/podium/internal/database"
	"github.com/podium-portal/podium/internal/i18n"
	"github.com/podium-portal/podium/internal/jobs"
	"github.com/podium-portal/podium/internal/mail"
	"github.com/podium-portal/podium/internal/stories"
	"github.com/podium-portal/podium/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

var baseURL = &url.URL{Scheme: "https", Host: "podium.test"}

// env is a database with three active back-office users and a service
// that inserts jobs without working them.
type env struct {
	t                *testing.T
	ctx              context.Context
	pool             *pgxpool.Pool
	svc              *Service
	anna, bas, admin audit.Actor
}

func newEnv(t *testing.T) *env {
	t.Helper()
	pool := testdb.New(t)
	client, err := jobs.NewInsertOnlyClient(pool, nil)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, ctx: context.Background(), pool: pool, svc: New(pool, client, baseURL, nil)}
	e.anna = e.user("anna@example.org", accounts.RoleEditor, i18n.NL)
	e.bas = e.user("bas@example.org", accounts.RoleEditor, i18n.NL)
	e.admin = e.user("admin@example.org", accounts.RoleAdmin, i18n.EN)
	return e
}

func (e *env) user(email string, role accounts.Role, lang i18n.Lang) audit.Actor {
	e.t.Helper()
	u, err := accounts.NewStore(e.pool).Create(e.ctx, accounts.NewUser{Email: email, Name: strings.Split(email, "@")[0], Role: role, Lang: lang})
	if err != nil {
		e.t.Fatal(err)
	}
	return audit.Actor{ID: u.ID, Email: u.Email}
}

func date(days int) string { return stories.Today().AddDate(0, 0, days).Format(stories.DateLayout) }

// input is a complete story with consent given a month ago.
func input(name string) stories.StoryInput {
	return stories.StoryInput{
		Lang:           i18n.NL,
		PersonName:     name,
		Role:           "Rechercheur",
		Department:     "Politie Eenheid Amsterdam",
		Quote:          "Ik hoef mezelf niet te verstoppen.",
		Intro:          "Een introductie.",
		BodyMarkdown:   "Het verhaal.",
		ConsentGivenOn: date(-30),
	}
}

func (e *env) create(by audit.Actor, in stories.StoryInput) int64 {
	e.t.Helper()
	id, err := e.svc.Create(e.ctx, by, in)
	if err != nil {
		e.t.Fatal(err)
	}
	return id
}

func (e *env) story(id int64) stories.Draft {
	e.t.Helper()
	d, err := stories.NewStore(e.pool).ByID(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return d
}

func (e *env) public(id int64) bool {
	e.t.Helper()
	var ok bool
	if err := e.pool.QueryRow(e.ctx, `SELECT EXISTS (SELECT 1 FROM public_stories WHERE id = $1)`, id).Scan(&ok); err != nil {
		e.t.Fatal(err)
	}
	return ok
}

// actions lists the audit actions on story id, oldest first.
func (e *env) actions(id int64) []string {
	e.t.Helper()
	recs, err := audit.NewLog(e.pool).List(e.ctx, audit.Filter{RecordType: "story", RecordID: recordID(id), Limit: 500})
	if err != nil {
		e.t.Fatal(err)
	}
	out := make([]string, len(recs))
	for i, r := range recs {
		out[len(recs)-1-i] = r.Action
	}
	return out
}

func (e *env) exec(sql string, args ...any) {
	e.t.Helper()
	if _, err := e.pool.Exec(e.ctx, sql, args...); err != nil {
		e.t.Fatal(err)
	}
}

func wantErr(t *testing.T, step string, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("%s: got %v, want %v", step, err, want)
	}
	var e *Error
	if want != nil && (!errors.As(err, &e) || !strings.HasPrefix(e.Key, "story.error.")) {
		t.Fatalf("%s: %v carries no catalogue key", step, err)
	}
}

func TestWorkflowTransitions(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	in := input("Mila")
	in.ConsentGivenOn = ""
	id := e.create(e.anna, in)
	if d := e.story(id); d.Status != stories.StatusDraft || d.Slug != "mila" || *d.CreatedBy != e.anna.ID || d.Revision != 1 {
		t.Fatalf("created %+v", d)
	}
	wantErr(t, "publish without consent", e.svc.Publish(e.ctx, e.anna, id), ErrConsentMissing)
	wantErr(t, "unpublish a draft", e.svc.Unpublish(e.ctx, e.anna, id), ErrStatus)

	in.ConsentGivenOn = date(-1)
	saved, err := e.svc.Save(e.ctx, e.anna, id, in)
	if err != nil || !saved.Changed || saved.Revision != 2 {
		t.Fatalf("save: %+v, %v", saved, err)
	}
	if d := e.story(id); d.ConsentExpiresOn == nil || d.ConsentExpiresOn.Format(stories.DateLayout) != stories.Today().AddDate(2, 0, -1).Format(stories.DateLayout) {
		t.Errorf("default expiry %v", d.ConsentExpiresOn)
	}
	if saved, err := e.svc.Save(e.ctx, e.bas, id, in); err != nil || saved.Changed {
		t.Fatalf("unchanged save: %+v, %v", saved, err)
	}
	if d := e.story(id); *d.UpdatedBy != e.anna.ID {
		t.Errorf("unchanged save made bas the last editor")
	}
	bad := in
	bad.Quote = ""
	_, err = e.svc.Save(e.ctx, e.anna, id, bad)
	var fe stories.FieldErrors
	if !errors.As(err, &fe) || fe["quote"] != "story.error.quote" {
		t.Fatalf("invalid save: %v", err)
	}

	if err := e.svc.SubmitForReview(e.ctx, e.anna, id); err != nil {
		t.Fatal(err)
	}
	wantErr(t, "submit twice", e.svc.SubmitForReview(e.ctx, e.anna, id), ErrStatus)
	if d := e.story(id); d.Status != stories.StatusInReview || *d.SubmittedBy != e.anna.ID || d.SubmittedAt == nil {
		t.Fatalf("submitted %+v", d)
	}
	if err := e.svc.Publish(e.ctx, e.anna, id); err != nil {
		t.Fatalf("publish with four-eyes off: %v", err)
	}
	if !e.public(id) {
		t.Fatal("published story is not public")
	}
	first := *e.story(id).PublishedAt
	wantErr(t, "publish twice", e.svc.Publish(e.ctx, e.anna, id), ErrStatus)
	if err := e.svc.Unpublish(e.ctx, e.anna, id); err != nil {
		t.Fatal(err)
	}
	if e.public(id) || e.story(id).Status != stories.StatusDraft {
		t.Fatal("unpublished story still public")
	}
	if err := e.svc.Archive(e.ctx, e.anna, id); err != nil {
		t.Fatal(err)
	}
	wantErr(t, "archive twice", e.svc.Archive(e.ctx, e.anna, id), ErrStatus)
	if err := e.svc.ReturnToDraft(e.ctx, e.anna, id); err != nil {
		t.Fatal(err)
	}
	if err := e.svc.Publish(e.ctx, e.bas, id); err != nil {
		t.Fatal(err)
	}
	if d := e.story(id); !d.PublishedAt.Equal(first) || *d.ApprovedBy != e.bas.ID {
		t.Errorf("republished: first publication %v became %v, approver %v", first, d.PublishedAt, d.ApprovedBy)
	}
	want := []string{"story.create", "story.update", "story.submit", "story.publish", "story.unpublish",
		"story.archive", "story.return_to_draft", "story.publish"}
	if got := e.actions(id); !slices.Equal(got, want) {
		t.Errorf("audit %v, want %v", got, want)
	}
	if _, err := e.svc.Preview(e.ctx, id); err != nil {
		t.Error(err)
	}
}

func TestFourEyes(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	if on, _ := e.svc.FourEyes(e.ctx); on {
		t.Fatal("four-eyes on by default")
	}
	if err := e.svc.SetFourEyes(e.ctx, e.admin, true); err != nil {
		t.Fatal(err)
	}
	if on, err := e.svc.FourEyes(e.ctx); !on || err != nil {
		t.Fatalf("four-eyes %v, %v", on, err)
	}
	recs, _ := audit.NewLog(e.pool).List(e.ctx, audit.Filter{Action: "settings"})
	if len(recs) != 1 || recs[0].RecordID != "four_eyes_publication" {
		t.Errorf("setting change not audited: %+v", recs)
	}

	id := e.create(e.anna, input("Noor"))
	wantErr(t, "publish a draft", e.svc.Publish(e.ctx, e.bas, id), ErrReviewRequired)
	if err := e.svc.SubmitForReview(e.ctx, e.anna, id); err != nil {
		t.Fatal(err)
	}
	wantErr(t, "author publishes", e.svc.Publish(e.ctx, e.anna, id), ErrFourEyes)
	wantErr(t, "author schedules", e.svc.Schedule(e.ctx, e.anna, id, time.Now().Add(time.Hour)), ErrFourEyes)
	wantErr(t, "system publishes", e.svc.Publish(e.ctx, audit.Actor{}, id), ErrFourEyes)

	// A reviewer who changes the text becomes one of its authors.
	in := input("Noor")
	in.Quote = "Ik hoef mezelf nooit te verstoppen."
	if _, err := e.svc.Save(e.ctx, e.bas, id, in); err != nil {
		t.Fatal(err)
	}
	wantErr(t, "last editor publishes", e.svc.Publish(e.ctx, e.bas, id), ErrFourEyes)

	// Someone else plans it; when the author then changes the text, the
	// plan is cancelled because nobody approved the change.
	at := time.Now().Add(time.Hour)
	if err := e.svc.Schedule(e.ctx, e.admin, id, at); err != nil {
		t.Fatal(err)
	}
	if d := e.story(id); !d.Scheduled() || *d.ApprovedBy != e.admin.ID || d.Status != stories.StatusInReview {
		t.Fatalf("scheduled %+v", d)
	}
	in.Intro = "Een andere introductie."
	if _, err := e.svc.Save(e.ctx, e.anna, id, in); err != nil {
		t.Fatal(err)
	}
	if d := e.story(id); d.Scheduled() || d.ApprovedBy != nil {
		t.Fatal("plan survived a change after approval")
	}
	var state string
	if err := e.pool.QueryRow(e.ctx, `SELECT state FROM river_job WHERE kind = 'publish_story'`).Scan(&state); err != nil || state != "cancelled" {
		t.Errorf("publish job %q, %v", state, err)
	}
	if err := e.svc.Publish(e.ctx, e.admin, id); err != nil {
		t.Fatalf("admin publishes: %v", err)
	}
	if !e.public(id) {
		t.Error("approved story is not public")
	}
}

func TestConsentRules(t *testing.T) {
	t.Parallel()
	e := newEnv(t)

	expired := input("Oud")
	expired.ConsentGivenOn, expired.ConsentExpiresOn = date(-800), date(-1)
	id := e.create(e.anna, expired)
	wantErr(t, "expired consent", e.svc.Publish(e.ctx, e.bas, id), ErrConsentExpired)

	future := input("Later")
	future.ConsentExpiresOn = date(5)
	id = e.create(e.anna, future)
	wantErr(t, "schedule after expiry", e.svc.Schedule(e.ctx, e.bas, id, time.Now().AddDate(0, 0, 10)), ErrConsentExpiresBeforePublication)
	wantErr(t, "schedule in the past", e.svc.Schedule(e.ctx, e.bas, id, time.Now().Add(-time.Minute)), ErrScheduleInPast)

	id = e.create(e.anna, input("Sara"))
	if err := e.svc.Publish(e.ctx, e.bas, id); err != nil {
		t.Fatal(err)
	}
	// A published story cannot lose its consent through the form.
	noConsent := input("Sara")
	noConsent.ConsentGivenOn = ""
	_, err := e.svc.Save(e.ctx, e.anna, id, noConsent)
	var fe stories.FieldErrors
	if !errors.As(err, &fe) || fe["consent_given_on"] != "story.error.consent_required" {
		t.Fatalf("save without consent: %v", err)
	}
	if !e.public(id) {
		t.Fatal("refused save changed the story")
	}

	if err := e.svc.WithdrawConsent(e.ctx, e.anna, id, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if e.public(id) {
		t.Fatal("story public after withdrawal")
	}
	if _, err := stories.NewStore(e.pool).PublishedBySlug(e.ctx, i18n.NL, "sara"); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("story page after withdrawal: %v", err)
	}
	d := e.story(id)
	if d.Status != stories.StatusArchived || d.ConsentWithdrawnOn == nil || !d.ConsentWithdrawnOn.Equal(stories.Today()) {
		t.Errorf("after withdrawal %+v", d)
	}
	wantErr(t, "publish after withdrawal", e.svc.Publish(e.ctx, e.bas, id), ErrConsentWithdrawn)
	wantErr(t, "withdraw twice", e.svc.WithdrawConsent(e.ctx, e.anna, id, time.Time{}), ErrConsentWithdrawn)
	if got := e.actions(id); got[len(got)-1] != "story.consent_withdraw" {
		t.Errorf("audit %v", got)
	}
}

// workerClient starts a River client that works this package's jobs and
// mail, as one replica would.
func workerClient(t *testing.T, pool *pgxpool.Pool) *river.Client[pgx.Tx] {
	t.Helper()
	workers := river.NewWorkers()
	AddWorkers(workers, pool, baseURL, nil)
	river.AddWorker(workers, mail.NewSendWorker(pool, mail.KeepSender{}, nil, nil))
	client, err := jobs.NewClient(pool, workers, nil, PeriodicJobs())
	if err != nil {
		t.Fatal(err)
	}
	if err := client.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = client.Stop(ctx)
	})
	return client
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 30s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestScheduledPublicationRunsOnceAcrossReplicas(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	if err := e.svc.SetFourEyes(e.ctx, e.admin, true); err != nil {
		t.Fatal(err)
	}
	id := e.create(e.anna, input("Ilse"))
	if err := e.svc.SubmitForReview(e.ctx, e.anna, id); err != nil {
		t.Fatal(err)
	}
	// Planned for tomorrow first, then moved to two seconds from now: the
	// first job is cancelled, the second one publishes.
	if err := e.svc.Schedule(e.ctx, e.bas, id, time.Now().Add(24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	at := time.Now().Add(2 * time.Second).Truncate(time.Second)
	if err := e.svc.Schedule(e.ctx, e.bas, id, at); err != nil {
		t.Fatal(err)
	}
	if e.public(id) {
		t.Fatal("planned story public before its time")
	}
	// A leftover job for another time does nothing.
	if ok, err := e.svc.PublishScheduled(e.ctx, id, at.Add(time.Hour)); ok || err != nil {
		t.Fatalf("stale job published: %v, %v", ok, err)
	}

	// A story whose consent lapsed while it was published: the periodic
	// consent check, run when a replica becomes leader, archives it.
	lapsed := e.create(e.anna, input("Lapsed"))
	e.exec(`UPDATE stories SET status = 'published', published_at = now() - interval '2 years',
		consent_given_on = current_date - 800, consent_expires_on = current_date - 1 WHERE id = $1`, lapsed)

	// A story 31 days in the trash, for the daily purge, and a published
	// one whose consent expires in 20 days, for the daily warning.
	trashed := e.create(e.anna, input("Weggegooid"))
	if err := e.svc.Trash(e.ctx, e.anna, trashed); err != nil {
		t.Fatal(err)
	}
	e.exec(`UPDATE stories SET deleted_at = now() - interval '31 days' WHERE id = $1`, trashed)
	soon := input("Binnenkort")
	soon.ConsentGivenOn, soon.ConsentExpiresOn = date(-700), date(20)
	soonID := e.create(e.anna, soon)
	if err := e.svc.SubmitForReview(e.ctx, e.anna, soonID); err != nil {
		t.Fatal(err)
	}
	if err := e.svc.Publish(e.ctx, e.bas, soonID); err != nil {
		t.Fatal(err)
	}
	warnings := func() int {
		var n int
		if err := e.pool.QueryRow(e.ctx, `SELECT count(*) FROM outbox_mails WHERE kind = 'story_consent_expiring'`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}

	// The jobs were inserted while no worker ran (as across a restart);
	// now two replicas start, and each runs the daily jobs on start.
	workerClient(t, e.pool)
	workerClient(t, e.pool)
	waitFor(t, "scheduled story public", func() bool { return e.public(id) })
	waitFor(t, "lapsed story archived", func() bool { return e.story(lapsed).Status == stories.StatusArchived })
	waitFor(t, "old trash purged", func() bool {
		_, err := stories.NewStore(e.pool).ByID(e.ctx, trashed)
		return errors.Is(err, database.ErrNotFound)
	})
	waitFor(t, "consent warning queued", func() bool { return warnings() > 0 })

	d := e.story(id)
	if d.Status != stories.StatusPublished || !d.PublishedAt.Equal(at) || d.Scheduled() || *d.ApprovedBy != e.bas.ID {
		t.Errorf("published %+v", d)
	}
	// Give the second replica every chance to publish again.
	time.Sleep(2 * time.Second)
	publishes := 0
	for _, a := range e.actions(id) {
		if a == "story.publish" {
			publishes++
		}
	}
	if publishes != 1 {
		t.Errorf("%d publish entries in the audit log, want 1: %v", publishes, e.actions(id))
	}
	var states []string
	rows, _ := e.pool.Query(e.ctx, `SELECT state::text FROM river_job WHERE kind = 'publish_story' ORDER BY id`)
	states, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil || !slices.Equal(states, []string{"cancelled", "completed"}) {
		t.Errorf("publish jobs %v, %v", states, err)
	}
	if got := e.actions(lapsed); got[len(got)-1] != "story.consent_expire" {
		t.Errorf("lapsed story audit %v", got)
	}
	// One mail per active editor and admin (three), however many replicas
	// ran the check, and one warning entry.
	if n := warnings(); n != 3 {
		t.Errorf("%d consent warnings queued, want 3", n)
	}
	warned := 0
	for _, a := range e.actions(soonID) {
		if a == "story.consent_warn" {
			warned++
		}
	}
	if warned != 1 {
		t.Errorf("%d consent warning entries, want 1: %v", warned, e.actions(soonID))
	}
	if n, _ := audit.NewLog(e.pool).List(e.ctx, audit.Filter{Action: "story.purge", RecordID: recordID(trashed)}); len(n) != 1 {
		t.Errorf("%d purge entries, want 1", len(n))
	}
}

func TestScheduledPublicationCancelledWhenConsentLapses(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	id := e.create(e.anna, input("Ruben"))
	at := time.Now().Add(time.Hour).Truncate(time.Second)
	if err := e.svc.Schedule(e.ctx, e.bas, id, at); err != nil {
		t.Fatal(err)
	}
	// The person withdraws consent before the planned time.
	e.exec(`UPDATE stories SET consent_withdrawn_on = current_date WHERE id = $1`, id)
	if ok, err := e.svc.PublishScheduled(e.ctx, id, at); ok || err != nil {
		t.Fatalf("published without consent: %v, %v", ok, err)
	}
	if d := e.story(id); d.Scheduled() || d.Status == stories.StatusPublished {
		t.Errorf("after the job %+v", d)
	}
	if got := e.actions(id); got[len(got)-1] != "story.unschedule" {
		t.Errorf("audit %v", got)
	}
}

func TestConsentExpiryAndWarning(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	disabled := e.user("weg@example.org", accounts.RoleEditor, i18n.NL)
	if err := accounts.NewStore(e.pool).Disable(e.ctx, disabled.ID); err != nil {
		t.Fatal(err)
	}

	expired := e.create(e.anna, input("Verlopen"))
	if err := e.svc.Publish(e.ctx, e.bas, expired); err != nil {
		t.Fatal(err)
	}
	e.exec(`UPDATE stories SET consent_given_on = current_date - 800, consent_expires_on = current_date - 1 WHERE id = $1`, expired)

	soon := input("Binnenkort")
	soon.ConsentGivenOn, soon.ConsentExpiresOn = date(-700), date(10)
	soonID := e.create(e.anna, soon)
	if err := e.svc.Publish(e.ctx, e.bas, soonID); err != nil {
		t.Fatal(err)
	}
	draft := input("Concept")
	draft.ConsentGivenOn, draft.ConsentExpiresOn = date(-700), date(10)
	draftID := e.create(e.anna, draft)
	later := input("Later")
	later.ConsentGivenOn, later.ConsentExpiresOn = date(-700), date(31)
	laterID := e.create(e.anna, later)
	if err := e.svc.Publish(e.ctx, e.bas, laterID); err != nil {
		t.Fatal(err)
	}

	r, err := e.svc.CheckConsent(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.Archived != 1 || r.Warned != 1 || r.Mails != 3 {
		t.Fatalf("report %+v, want 1 archived, 1 warned, 3 mails", r)
	}
	if d := e.story(expired); d.Status != stories.StatusArchived {
		t.Errorf("expired story %s", d.Status)
	}
	if got := e.actions(expired); got[len(got)-1] != "story.consent_expire" {
		t.Errorf("audit %v", got)
	}
	if got := e.actions(soonID); got[len(got)-1] != "story.consent_warn" {
		t.Errorf("audit %v", got)
	}
	if d := e.story(draftID); d.ConsentWarnedAt != nil {
		t.Error("draft was warned about")
	}

	type sent struct{ to, lang, subject, text string }
	outbox := func() []sent {
		rows, err := e.pool.Query(e.ctx, `SELECT to_address, lang, subject, text_body FROM outbox_mails
			WHERE kind = 'story_consent_expiring' ORDER BY to_address, id`)
		if err != nil {
			t.Fatal(err)
		}
		list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (sent, error) {
			var s sent
			err := r.Scan(&s.to, &s.lang, &s.subject, &s.text)
			return s, err
		})
		if err != nil {
			t.Fatal(err)
		}
		return list
	}
	mails := outbox()
	if len(mails) != 3 || mails[0].to != "admin@example.org" || mails[0].lang != "en" || mails[1].lang != "nl" {
		t.Fatalf("mails %+v", mails)
	}
	if mails[0].subject != "Consent for the story of Binnenkort expires soon" ||
		!strings.Contains(mails[1].text, "https://podium.test/admin/stories/"+recordID(soonID)) ||
		!strings.Contains(mails[1].text, "Toestemming geldig tot en met") {
		t.Errorf("mail content:\n%s\n%s", mails[0].subject, mails[1].text)
	}

	// The next day's run warns nobody again and archives nothing more.
	if r, err := e.svc.CheckConsent(e.ctx); err != nil || r != (ConsentReport{}) {
		t.Fatalf("second run %+v, %v", r, err)
	}
	if len(outbox()) != 3 {
		t.Error("warned twice")
	}

	// New consent with a new expiry date re-arms the warning.
	soon.ConsentExpiresOn = date(20)
	if _, err := e.svc.Save(e.ctx, e.anna, soonID, soon); err != nil {
		t.Fatal(err)
	}
	if r, err := e.svc.CheckConsent(e.ctx); err != nil || r.Warned != 1 || r.Mails != 3 {
		t.Fatalf("after renewal %+v, %v", r, err)
	}
}

func TestTrashRestoreAndPurge(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	id := e.create(e.anna, input("Daan"))
	if err := e.svc.Publish(e.ctx, e.bas, id); err != nil {
		t.Fatal(err)
	}
	renamed := input("Daan")
	renamed.Slug = "daan-de-boer"
	if _, err := e.svc.Save(e.ctx, e.anna, id, renamed); err != nil {
		t.Fatal(err)
	}
	wantErr(t, "purge outside the trash", e.svc.Purge(e.ctx, e.anna, id), ErrNotTrashed)
	wantErr(t, "restore outside the trash", e.svc.RestoreFromTrash(e.ctx, e.anna, id), ErrNotTrashed)

	if err := e.svc.Trash(e.ctx, e.anna, id); err != nil {
		t.Fatal(err)
	}
	if e.public(id) {
		t.Fatal("trashed story is public")
	}
	wantErr(t, "trash twice", e.svc.Trash(e.ctx, e.anna, id), ErrTrashed)
	_, err := e.svc.Save(e.ctx, e.anna, id, renamed)
	wantErr(t, "save in the trash", err, ErrTrashed)
	wantErr(t, "publish from the trash", e.svc.Publish(e.ctx, e.bas, id), ErrTrashed)
	if p, _ := stories.NewStore(e.pool).EditorList(e.ctx, stories.EditorQuery{Trashed: true}); len(p.Stories) != 1 {
		t.Errorf("trash lists %d stories", len(p.Stories))
	}

	if err := e.svc.RestoreFromTrash(e.ctx, e.anna, id); err != nil {
		t.Fatal(err)
	}
	if d := e.story(id); d.Trashed() || d.Status != stories.StatusArchived || e.public(id) {
		t.Errorf("restored story: status %s, trashed %v, public %v", d.Status, d.Trashed(), e.public(id))
	}

	if err := e.svc.Trash(e.ctx, e.anna, id); err != nil {
		t.Fatal(err)
	}
	if n, err := e.svc.PurgeTrash(e.ctx); n != 0 || err != nil {
		t.Fatalf("purged a fresh trash: %d, %v", n, err)
	}
	e.exec(`UPDATE stories SET deleted_at = now() - interval '31 days' WHERE id = $1`, id)
	recent := e.create(e.anna, input("Eva"))
	if err := e.svc.Trash(e.ctx, e.anna, recent); err != nil {
		t.Fatal(err)
	}
	if n, err := e.svc.PurgeTrash(e.ctx); n != 1 || err != nil {
		t.Fatalf("purge: %d, %v", n, err)
	}
	if _, err := stories.NewStore(e.pool).ByID(e.ctx, id); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("purged story still there: %v", err)
	}
	var left int
	if err := e.pool.QueryRow(e.ctx, `SELECT (SELECT count(*) FROM story_revisions WHERE story_id = $1)
		+ (SELECT count(*) FROM story_slugs WHERE story_id = $1)`, id).Scan(&left); err != nil || left != 0 {
		t.Errorf("%d revisions and old slugs left, %v", left, err)
	}
	if e.story(recent).DeletedAt == nil {
		t.Error("recently trashed story gone")
	}
	recs, _ := audit.NewLog(e.pool).List(e.ctx, audit.Filter{Action: "story.purge"})
	if len(recs) != 1 || recs[0].ActorID != nil || strings.Contains(recs[0].Summary+recs[0].Before, "Daan") {
		t.Errorf("purge audit %+v", recs)
	}
	if err := e.svc.Purge(e.ctx, e.anna, recent); err != nil {
		t.Fatal(err)
	}
	_, err = stories.NewStore(e.pool).ByID(e.ctx, recent)
	if !errors.Is(err, database.ErrNotFound) {
		t.Errorf("purged story still there: %v", err)
	}
}

func TestTranslations(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	nl := e.create(e.anna, input("Lotte"))
	en := input("Lotte")
	en.Lang = i18n.EN
	enID, err := e.svc.CreateTranslation(e.ctx, e.anna, nl, en)
	if err != nil {
		t.Fatal(err)
	}
	if e.story(nl).TranslationKey != e.story(enID).TranslationKey {
		t.Fatal("translation not in the group")
	}
	_, err = e.svc.CreateTranslation(e.ctx, e.anna, nl, en)
	wantErr(t, "second English translation", err, ErrTranslationTaken)
	_, err = e.svc.CreateTranslation(e.ctx, e.anna, nl, input("Lotte"))
	wantErr(t, "Dutch translation of a Dutch story", err, ErrSameLanguage)

	if err := e.svc.UnlinkTranslation(e.ctx, e.anna, enID); err != nil {
		t.Fatal(err)
	}
	other := e.create(e.anna, input("Anders"))
	wantErr(t, "link same language", e.svc.LinkTranslation(e.ctx, e.anna, other, nl), ErrSameLanguage)
	if err := e.svc.LinkTranslation(e.ctx, e.anna, enID, nl); err != nil {
		t.Fatal(err)
	}
	list, err := stories.NewStore(e.pool).Translations(e.ctx, e.story(nl).TranslationKey)
	if err != nil || len(list) != 2 {
		t.Fatalf("translations %+v, %v", list, err)
	}
	if got := e.actions(enID); !slices.Equal(got, []string{"story.create", "story.translation_unlink", "story.translation_link"}) {
		t.Errorf("audit %v", got)
	}
}
