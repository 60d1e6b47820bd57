//go:build unix && !linux

package pgcluster

import "syscall"

// serverProcAttr puts the server in its own process group, so a terminal's Ctrl-C reaches
// only the calling process. Outside Linux there is no parent-death signal: a server whose
// parent died without calling Stop keeps running until stopped by hand.
func serverProcAttr(owner *osUser) *syscall.SysProcAttr {
	return &syscall.SysProcAttr{
		Setpgid:    true,
		Credential: owner.credential(),
	}
}
