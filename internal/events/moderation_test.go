package events

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/podium-portal/podium/internal/database"
)

func changedFields(cs []FieldChange) map[string]FieldChange {
	m := map[string]FieldChange{}
	for _, c := range cs {
		m[c.Field] = c
	}
	return m
}

func TestModerationRoundTrip(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	start := tomorrow()

	// Submitted: not public, in the queue as a new event.
	e, err := f.s.Create(ctx, f.a, 0, content("Werkbezoek ministerie", start, ptr(10)))
	if err != nil {
		t.Fatal(err)
	}
	if e.Status != StatusSubmitted || e.Slug == "" || e.UID == "" {
		t.Fatalf("created %+v", e)
	}
	if _, err := f.s.PublicBySlug(ctx, e.Slug); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("submitted event is public: %v", err)
	}
	queue, err := f.s.ModerationQueue(ctx)
	if err != nil || len(queue) != 1 {
		t.Fatalf("queue = %+v, %v", queue, err)
	}
	if !queue[0].New || queue[0].Event.ID != e.ID || changedFields(queue[0].Changes)["title_nl"].New != "Werkbezoek ministerie" {
		t.Errorf("queue item = %+v", queue[0])
	}

	// Approved: public, SEQUENCE 0.
	a, err := f.s.Approve(ctx, queue[0].ID, f.editor)
	if err != nil {
		t.Fatal(err)
	}
	if a.Event.Status != StatusApproved || a.Event.Sequence != 0 || a.Event.PublishedAt == nil {
		t.Errorf("approved %+v", a.Event)
	}
	pub, err := f.s.PublicBySlug(ctx, e.Slug)
	if err != nil || pub.TitleNL != "Werkbezoek ministerie" {
		t.Fatalf("PublicBySlug = %+v, %v", pub, err)
	}
	if _, err := f.s.Approve(ctx, queue[0].ID, f.editor); !errors.Is(err, ErrNotPending) {
		t.Errorf("approve twice: %v", err)
	}

	// A change waits while the approved version stays public.
	changed := content("Werkbezoek ministerie van BZK", start, ptr(10))
	pe, err := f.s.Update(ctx, f.a, e.ID, 0, changed)
	if err != nil {
		t.Fatal(err)
	}
	if pe.Pending == nil || pe.Status != StatusApproved || pe.TitleNL != "Werkbezoek ministerie" {
		t.Fatalf("after update: %+v pending %+v", pe.Event, pe.Pending)
	}
	if pub, _ := f.s.PublicBySlug(ctx, e.Slug); pub.TitleNL != "Werkbezoek ministerie" {
		t.Errorf("public title changed before approval: %q", pub.TitleNL)
	}
	queue, _ = f.s.ModerationQueue(ctx)
	if len(queue) != 1 || queue[0].New {
		t.Fatalf("queue = %+v", queue)
	}
	if cs := queue[0].Changes; len(cs) != 1 || cs[0].Field != "title_nl" ||
		cs[0].Old != "Werkbezoek ministerie" || cs[0].New != "Werkbezoek ministerie van BZK" {
		t.Errorf("changes = %+v, want only the title", cs)
	}
	a, err = f.s.Approve(ctx, queue[0].ID, f.editor)
	if err != nil {
		t.Fatal(err)
	}
	if a.Event.TitleNL != "Werkbezoek ministerie van BZK" || a.Event.Sequence != 1 {
		t.Errorf("after approving the change: %q seq %d", a.Event.TitleNL, a.Event.Sequence)
	}
	if a.Event.Slug != e.Slug || a.Event.UID != e.UID {
		t.Errorf("slug or UID changed: %s %s", a.Event.Slug, a.Event.UID)
	}

	// Going back to the live version withdraws a pending change.
	if pe, err = f.s.Update(ctx, f.a, e.ID, 0, content("Tijdelijk", start, ptr(10))); err != nil || pe.Pending == nil {
		t.Fatalf("update: %+v, %v", pe.Pending, err)
	}
	if pe, err = f.s.Update(ctx, f.a, e.ID, 0, content("Werkbezoek ministerie van BZK", start, ptr(10))); err != nil || pe.Pending != nil {
		t.Errorf("reverting left a pending change: %+v, %v", pe.Pending, err)
	}
	if q, _ := f.s.ModerationQueue(ctx); len(q) != 0 {
		t.Errorf("queue after reverting: %+v", q)
	}

	// A rejected change leaves the live version and tells the partner why.
	pe, err = f.s.Update(ctx, f.a, e.ID, 0, content("CLICK HERE", start, ptr(10)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.Reject(ctx, pe.Pending.ID, f.editor, ""); !errors.Is(err, ErrReasonRequired) {
		t.Errorf("reject without reason: %v", err)
	}
	if _, err := f.s.Reject(ctx, pe.Pending.ID, f.editor, "Geen hoofdletters, graag."); err != nil {
		t.Fatal(err)
	}
	pe, _ = f.s.PartnerEvent(ctx, f.a, e.ID)
	if pe.Status != StatusApproved || pe.TitleNL != "Werkbezoek ministerie van BZK" || pe.Pending != nil ||
		pe.LastDecision == nil || pe.LastDecision.Status != RevisionRejected || pe.LastDecision.Reason != "Geen hoofdletters, graag." {
		t.Errorf("after rejecting a change: %+v last %+v", pe.Event, pe.LastDecision)
	}
	if pub, _ := f.s.PublicBySlug(ctx, e.Slug); pub.TitleNL != "Werkbezoek ministerie van BZK" || pub.Sequence != 1 {
		t.Errorf("public after rejected change: %q seq %d", pub.TitleNL, pub.Sequence)
	}
}

func TestRequestChangesOnNewEvent(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	e, err := f.s.Create(ctx, f.a, 0, content("Training", tomorrow(), nil))
	if err != nil {
		t.Fatal(err)
	}
	pe, _ := f.s.PartnerEvent(ctx, f.a, e.ID)
	if _, err := f.s.RequestChanges(ctx, pe.Pending.ID, f.editor, "Voeg een adres toe."); err != nil {
		t.Fatal(err)
	}
	pe, _ = f.s.PartnerEvent(ctx, f.a, e.ID)
	if pe.Status != StatusChangesRequested || pe.ModerationReason != "Voeg een adres toe." || pe.Pending != nil {
		t.Fatalf("after request: %+v", pe.Event)
	}
	c := content("Training", tomorrow(), nil)
	c.Address = "Lange Voorhout 9"
	if _, err := f.s.Update(ctx, f.a, e.ID, 0, c); err != nil {
		t.Fatal(err)
	}
	queue, _ := f.s.ModerationQueue(ctx)
	if len(queue) != 1 || !queue[0].New {
		t.Fatalf("queue = %+v", queue)
	}
	// The resubmission is compared with the version sent back.
	if cs := queue[0].Changes; len(cs) != 1 || cs[0].Field != "address" {
		t.Errorf("changes = %+v, want only the address", cs)
	}
	if e := f.event(t, e.ID); e.Status != StatusSubmitted || e.ModerationReason != "" {
		t.Errorf("resubmitted: %s %q", e.Status, e.ModerationReason)
	}
	if _, err := f.s.Reject(ctx, queue[0].ID, f.editor, "Past niet bij de agenda."); err != nil {
		t.Fatal(err)
	}
	if e := f.event(t, e.ID); e.Status != StatusRejected || e.ModerationReason != "Past niet bij de agenda." || e.Public() {
		t.Errorf("rejected: %+v", e)
	}
	if n, _ := f.s.PendingCount(ctx); n != 0 {
		t.Errorf("PendingCount = %d", n)
	}
}

func TestDraftsAndSupersededRevisions(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	e, err := f.s.CreateDraft(ctx, f.a, 0, content("Concept", tomorrow(), nil))
	if err != nil || e.Status != StatusDraft {
		t.Fatalf("CreateDraft = %+v, %v", e, err)
	}
	if q, _ := f.s.ModerationQueue(ctx); len(q) != 0 {
		t.Errorf("draft in the queue")
	}
	if _, err := f.s.UpdateDraft(ctx, f.a, e.ID, 0, content("Concept 2", tomorrow(), nil)); err != nil {
		t.Fatal(err)
	}
	first, err := f.s.Update(ctx, f.a, e.ID, 0, content("Versie 1", tomorrow(), nil))
	if err != nil || first.Status != StatusSubmitted {
		t.Fatalf("submit draft: %+v, %v", first.Event, err)
	}
	if _, err := f.s.UpdateDraft(ctx, f.a, e.ID, 0, content("Terug", tomorrow(), nil)); !errors.Is(err, ErrNotDraft) {
		t.Errorf("UpdateDraft after submission: %v", err)
	}
	second, err := f.s.Update(ctx, f.a, e.ID, 0, content("Versie 2", tomorrow(), nil))
	if err != nil {
		t.Fatal(err)
	}
	// A moderator cannot approve the version they did not see last.
	if _, err := f.s.Approve(ctx, first.Pending.ID, f.editor); !errors.Is(err, ErrNotPending) {
		t.Errorf("approve superseded: %v", err)
	}
	a, err := f.s.Approve(ctx, second.Pending.ID, f.editor)
	if err != nil || a.Event.TitleNL != "Versie 2" {
		t.Fatalf("approve = %+v, %v", a.Event, err)
	}
}

func TestApprovalWithMoreSeatsPromotes(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	e := f.publish(t, f.a, content("Klein", tomorrow(), ptr(1)))
	f.registered(t, e.ID, 4) // one seat, three waiting
	pe, err := f.s.Update(ctx, f.a, e.ID, 0, content("Klein", tomorrow(), ptr(3)))
	if err != nil {
		t.Fatal(err)
	}
	a, err := f.s.Approve(ctx, pe.Pending.ID, f.editor)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Promoted) != 2 || a.Promoted[0].Name != "p2" || a.Promoted[1].Name != "p3" {
		t.Errorf("promoted = %+v, want p2 and p3", a.Promoted)
	}
	if c := a.Event.Counts; c.Confirmed != 3 || c.Waitlisted != 1 || *c.SeatsLeft != 0 {
		t.Errorf("counts = %+v", c)
	}
}

func TestCancelEvent(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	e := f.publish(t, f.a, content("Afgelast", tomorrow(), ptr(1)))
	f.registered(t, e.ID, 2)
	_, pendingConfirm, _, err := f.s.Register(ctx, NewRegistration{EventID: e.ID, Name: "Later", Email: "later@example.nl"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.Update(ctx, f.a, e.ID, 0, content("Afgelast?", tomorrow(), ptr(1))); err != nil {
		t.Fatal(err)
	}
	c, err := f.s.CancelPartnerEvent(ctx, f.a, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if c.Event.Status != StatusCancelled || c.Event.Sequence != e.Sequence+1 || c.Event.CancelledAt == nil {
		t.Errorf("cancelled %+v", c.Event)
	}
	if len(c.Notify) != 2 {
		t.Errorf("notify %d registrations, want the confirmed and the waitlisted one", len(c.Notify))
	}
	if q, _ := f.s.ModerationQueue(ctx); len(q) != 0 {
		t.Errorf("pending change of a cancelled event still queued")
	}
	if pub, err := f.s.PublicBySlug(ctx, e.Slug); err != nil || pub.Status != StatusCancelled {
		t.Errorf("cancelled event page: %+v, %v", pub.Status, err)
	}
	if _, err := f.s.CancelPartnerEvent(ctx, f.a, e.ID); !errors.Is(err, ErrCancelled) {
		t.Errorf("cancel twice: %v", err)
	}
	if _, err := f.s.Update(ctx, f.a, e.ID, 0, content("Toch", tomorrow(), nil)); !errors.Is(err, ErrCancelled) {
		t.Errorf("update cancelled: %v", err)
	}
	if _, _, err := f.s.Confirm(ctx, pendingConfirm); !errors.Is(err, ErrRegistrationClosed) {
		t.Errorf("confirm for a cancelled event: %v", err)
	}
	if _, _, _, err := f.s.Register(ctx, NewRegistration{EventID: e.ID, Name: "X", Email: "x@example.nl"}); !errors.Is(err, ErrRegistrationClosed) {
		t.Errorf("register for a cancelled event: %v", err)
	}
	// An event cancelled before it was published keeps SEQUENCE 0 and no page.
	draft, _ := f.s.Create(ctx, f.a, 0, content("Nooit", tomorrow(), nil))
	c, err = f.s.CancelPartnerEvent(ctx, f.a, draft.ID)
	if err != nil || c.Event.Sequence != 0 {
		t.Errorf("cancel unpublished: %+v, %v", c.Event, err)
	}
	if _, err := f.s.PublicBySlug(ctx, draft.Slug); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("unpublished cancelled event has a page: %v", err)
	}
}

func TestStaffOwnEvents(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	ctx := context.Background()
	e, err := f.s.CreateOwn(ctx, f.editor, content("Week van de Diversiteit", tomorrow(), nil))
	if err != nil {
		t.Fatal(err)
	}
	if e.PartnerID != nil || e.Status != StatusApproved || e.PartnerName != "" {
		t.Errorf("own event %+v", e)
	}
	a, err := f.s.EditPublished(ctx, e.ID, f.editor, content("Week van de Diversiteit 2026", tomorrow(), nil))
	if err != nil || a.Event.Sequence != 1 || a.Event.TitleNL != "Week van de Diversiteit 2026" {
		t.Errorf("EditPublished = %+v, %v", a.Event, err)
	}
	// No partner can reach the employer's own events.
	if _, err := f.s.PartnerEvent(ctx, f.a, e.ID); !errors.Is(err, database.ErrNotFound) {
		t.Errorf("partner reads own event: %v", err)
	}
	var buf bytes.Buffer
	if err := f.s.StaffAttendeesCSV(ctx, e.ID, &buf); err != nil || buf.Len() == 0 {
		t.Errorf("StaffAttendeesCSV: %v", err)
	}
}
