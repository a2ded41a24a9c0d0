// SPDX-License-Identifier: GPL-2.0-only
/*
 * Tests for KVM_SET_PV_HINTS and KVM_GET_PV_HINTS, and for the dynamic
 * hints that KVM writes to the steal-time record of a vCPU whose CPUID has
 * KVM_FEATURE_STEAL_TIME_HINTS: hints is the override, or the vCPU's own
 * CPUID hints without one; hints_seq advances once per successful
 * KVM_SET_PV_HINTS, and by exactly one on the first write after
 * MSR_KVM_STEAL_TIME is written, by the guest or on restore.  Also: the
 * hints migrate, concurrent calls lose no change, only the VM's creator
 * can make the calls, invalid arguments change nothing, and a vCPU without
 * the feature gets neither field written.
 */
#include <asm/kvm_para.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdint.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test_util.h"
#include "kvm_util.h"
#include "processor.h"

#define X86_FEATURE_KVM_STEAL_TIME_HINTS \
	KVM_X86_CPU_FEATURE(0x40000001, 0, EAX, KVM_FEATURE_STEAL_TIME_HINTS)

#define VALID_HINTS		BIT(KVM_HINTS_REALTIME)

/* The records, identity mapped, one per vCPU, 64-byte aligned. */
#define ST_GPA_BASE		BIT_ULL(30)
#define ST_SLOT			10
#define ST_SIZE			((sizeof(struct kvm_steal_time) + 63) & ~63ul)
#define MAX_VCPUS		8

#define NR_SETS			1000
#define SET_DELAY_US		200000
#define SEEN_TIMEOUT_S		10

/* Calls between which a setter waits for the vCPU to exit once more. */
#define SETS_PER_RUN		100

/* What a guest read in its steal-time record. */
struct record {
	uint64_t hints;
	uint64_t seq;
	uint64_t version;
	uint64_t steal;
};

static uint64_t st_gpa(uint32_t vcpu_id)
{
	return ST_GPA_BASE + vcpu_id * ST_SIZE;
}

/* Set by the host: the guest enables steal time again at every exit. */
static bool reregister;
/* Set by the host: the guest waits, in the guest, for hints_seq to move. */
static bool wait_for_change;

/*
 * Zero the record, enable steal time, then report what the record holds
 * at every exit, read under its version.  KVM writes the record only
 * while the vCPU is out of the guest, before each entry that follows a
 * load of the vCPU or a request.
 */
static void guest_code(uint64_t gpa)
{
	struct kvm_steal_time *st = (struct kvm_steal_time *)gpa;
	uint32_t version, hints, seq = 0;
	uint64_t steal, i;

	memset(st, 0, sizeof(*st));
	wrmsr(MSR_KVM_STEAL_TIME, gpa | KVM_MSR_ENABLED);

	for (i = 0;; i++) {
		if (READ_ONCE(reregister))
			wrmsr(MSR_KVM_STEAL_TIME, gpa | KVM_MSR_ENABLED);
		if (READ_ONCE(wait_for_change)) {
			while (READ_ONCE(st->hints_seq) == seq)
				cpu_relax();
		}
		do {
			version = READ_ONCE(st->version);
			barrier();
			hints = READ_ONCE(st->hints);
			seq = READ_ONCE(st->hints_seq);
			steal = READ_ONCE(st->steal);
			GUEST_ASSERT_1(!READ_ONCE(st->flags), st->flags);
			GUEST_ASSERT_1(!READ_ONCE(st->preempted),
				       st->preempted);
			barrier();
		} while ((version & 1) || version != READ_ONCE(st->version));
		GUEST_SYNC_ARGS(i, hints, seq, version, steal);
	}
}

static struct record run(struct kvm_vcpu *vcpu)
{
	struct ucall uc;

	vcpu_run(vcpu);
	TEST_ASSERT(vcpu->run->exit_reason == KVM_EXIT_IO,
		    "vCPU %u: unexpected exit reason: %u (%s)", vcpu->id,
		    vcpu->run->exit_reason,
		    exit_reason_str(vcpu->run->exit_reason));

	switch (get_ucall(vcpu, &uc)) {
	case UCALL_SYNC:
		break;
	case UCALL_ABORT:
		REPORT_GUEST_ASSERT_1(uc, "value: %#lx");
		break;
	default:
		TEST_FAIL("vCPU %u: unknown ucall %lu", vcpu->id, uc.cmd);
	}
	return (struct record){ uc.args[2], uc.args[3], uc.args[4],
				uc.args[5] };
}

/* Enter the vCPU once; check the hints and the sequence it read. */
static struct record check_run(struct kvm_vcpu *vcpu, uint64_t hints,
			       uint64_t seq)
{
	struct record r = run(vcpu);

	TEST_ASSERT(r.hints == hints && r.seq == seq,
		    "vCPU %u: expected hints %#lx, hints_seq %lu; got hints %#lx, hints_seq %lu",
		    vcpu->id, hints, seq, r.hints, r.seq);
	return r;
}

static struct kvm_pv_hints get_pv_hints(struct kvm_vm *vm)
{
	struct kvm_pv_hints pv_hints;

	vm_ioctl(vm, KVM_GET_PV_HINTS, &pv_hints);
	return pv_hints;
}

static int __set_pv_hints(struct kvm_vm *vm, uint32_t flags, uint32_t hints)
{
	struct kvm_pv_hints pv_hints = { .flags = flags, .hints = hints };

	return __vm_ioctl(vm, KVM_SET_PV_HINTS, &pv_hints);
}

static void check_pv_hints(struct kvm_vm *vm, uint32_t flags, uint32_t hints)
{
	struct kvm_pv_hints pv_hints = get_pv_hints(vm);

	TEST_ASSERT(pv_hints.flags == flags && pv_hints.hints == hints,
		    "KVM_GET_PV_HINTS: expected {%#x, %#x}, got {%#x, %#x}",
		    flags, hints, pv_hints.flags, pv_hints.hints);
}

static void set_pv_hints(struct kvm_vm *vm, uint32_t flags, uint32_t hints)
{
	int r = __set_pv_hints(vm, flags, hints);

	TEST_ASSERT(!r, KVM_IOCTL_ERROR(KVM_SET_PV_HINTS, r));
	check_pv_hints(vm, flags, hints);
}

static void override(struct kvm_vm *vm, uint32_t hints)
{
	set_pv_hints(vm, KVM_PV_HINTS_OVERRIDE, hints);
}

static void no_override(struct kvm_vm *vm)
{
	set_pv_hints(vm, 0, 0);
}

/* What the record of a vCPU with these CPUID hints must show now. */
static uint32_t expected_hints(struct kvm_vm *vm, uint32_t cpuid_hints)
{
	struct kvm_pv_hints pv_hints = get_pv_hints(vm);

	if (pv_hints.flags & KVM_PV_HINTS_OVERRIDE)
		return pv_hints.hints;
	return cpuid_hints & VALID_HINTS;
}

static void setup_cpuid(struct kvm_vcpu *vcpu, bool feature,
			uint32_t cpuid_hints)
{
	vcpu_set_cpuid_feature(vcpu, X86_FEATURE_KVM_STEAL_TIME);
	vcpu_set_or_clear_cpuid_feature(vcpu, X86_FEATURE_KVM_STEAL_TIME_HINTS,
					feature);
	vcpu_get_cpuid_entry(vcpu, KVM_CPUID_FEATURES)->edx = cpuid_hints;
	vcpu_set_cpuid(vcpu);
}

static struct kvm_vcpu *add_vcpu(struct kvm_vm *vm, uint32_t id, bool feature,
				 uint32_t cpuid_hints)
{
	struct kvm_vcpu *vcpu = vm_vcpu_add(vm, id, guest_code);

	setup_cpuid(vcpu, feature, cpuid_hints);
	vcpu_args_set(vcpu, 1, st_gpa(id));
	return vcpu;
}

static struct kvm_vm *create_vm(uint32_t nr_vcpus)
{
	struct kvm_vm *vm = vm_create(nr_vcpus);
	unsigned int pages = vm_calc_num_guest_pages(VM_MODE_DEFAULT,
						     MAX_VCPUS * ST_SIZE);

	vm_userspace_mem_region_add(vm, VM_MEM_SRC_ANONYMOUS, ST_GPA_BASE,
				    ST_SLOT, pages, 0);
	virt_map(vm, ST_GPA_BASE, ST_GPA_BASE, pages);
	return vm;
}

static struct kvm_vm *create_vm_with_one_vcpu(struct kvm_vcpu **vcpu,
					      uint32_t cpuid_hints)
{
	struct kvm_vm *vm = create_vm(1);

	*vcpu = add_vcpu(vm, 0, true, cpuid_hints);
	return vm;
}

static void test_capability(void)
{
	struct kvm_vm *vm = vm_create_barebones();

	ASSERT_EQ(kvm_check_cap(KVM_CAP_PV_HINTS), VALID_HINTS);
	ASSERT_EQ(vm_check_cap(vm, KVM_CAP_PV_HINTS), VALID_HINTS);
	check_pv_hints(vm, 0, 0);
	kvm_vm_free(vm);
	ksft_print_msg("KVM_GET_SUPPORTED_CPUID %s KVM_FEATURE_STEAL_TIME_HINTS\n",
		       kvm_cpu_has(X86_FEATURE_KVM_STEAL_TIME_HINTS) ?
		       "has" : "does not have");
	ksft_test_result_pass("KVM_CAP_PV_HINTS is %#lx on /dev/kvm and the VM\n",
			      VALID_HINTS);
}

/*
 * Two vCPUs, one with KVM_HINTS_REALTIME in CPUID and one without, read
 * their own CPUID hints with a sequence of 1 after the first entry, and it
 * stays there while nothing is set.
 */
static void test_first_entry(struct kvm_vm *vm, struct kvm_vcpu **vcpus)
{
	int i;

	vcpus[0] = add_vcpu(vm, 0, true, 0);
	vcpus[1] = add_vcpu(vm, 1, true, VALID_HINTS);

	for (i = 0; i < 2; i++) {
		check_run(vcpus[i], i ? VALID_HINTS : 0, 1);
		check_run(vcpus[i], i ? VALID_HINTS : 0, 1);
	}
	ksft_test_result_pass("first entry: CPUID hints, hints_seq 1\n");
}

/*
 * Every successful call advances every vCPU's sequence by one, also one
 * that sets the value already in force, and two calls between entries by
 * two.  Without the override each vCPU reads its own CPUID again.
 */
static void test_set(struct kvm_vm *vm, struct kvm_vcpu **vcpus)
{
	static const uint32_t cpuid_hints[] = { 0, VALID_HINTS };
	int i;

	override(vm, VALID_HINTS);
	for (i = 0; i < 2; i++)
		check_run(vcpus[i], VALID_HINTS, 2);

	override(vm, VALID_HINTS);
	for (i = 0; i < 2; i++)
		check_run(vcpus[i], VALID_HINTS, 3);

	no_override(vm);
	for (i = 0; i < 2; i++)
		check_run(vcpus[i], cpuid_hints[i], 4);

	no_override(vm);
	for (i = 0; i < 2; i++)
		check_run(vcpus[i], cpuid_hints[i], 5);

	override(vm, 0);
	override(vm, VALID_HINTS);
	for (i = 0; i < 2; i++)
		check_run(vcpus[i], VALID_HINTS, 7);

	override(vm, 0);
	for (i = 0; i < 2; i++) {
		check_run(vcpus[i], 0, 8);
		check_run(vcpus[i], 0, 8);
	}
	ksft_test_result_pass("each KVM_SET_PV_HINTS advances hints_seq; override, no override\n");
}

/*
 * What a VMM migrates: the vCPU's state, MSR_KVM_STEAL_TIME included, and
 * the VM's hints.  The record is in guest memory, which the new VM keeps.
 * With @restore_hints the destination sets the saved hints and the guest
 * reads them; without, it reads its CPUID hints.  Either way, restoring
 * MSR_KVM_STEAL_TIME advances the sequence by exactly one.
 */
static void test_migration(bool restore_hints)
{
	struct kvm_x86_state *state;
	struct kvm_pv_hints pv_hints;
	struct kvm_vcpu *vcpu;
	struct kvm_vm *vm;
	struct record r;

	vm = create_vm_with_one_vcpu(&vcpu, 0);
	check_run(vcpu, 0, 1);
	override(vm, VALID_HINTS);
	override(vm, VALID_HINTS);
	r = check_run(vcpu, VALID_HINTS, 3);

	state = vcpu_save_state(vcpu);
	pv_hints = get_pv_hints(vm);
	kvm_vm_release(vm);

	vcpu = vm_recreate_with_one_vcpu(vm);
	setup_cpuid(vcpu, true, 0);
	vcpu_load_state(vcpu, state);
	kvm_x86_state_cleanup(state);
	check_pv_hints(vm, 0, 0);
	if (restore_hints)
		set_pv_hints(vm, pv_hints.flags, pv_hints.hints);

	check_run(vcpu, restore_hints ? VALID_HINTS : 0, r.seq + 1);
	check_run(vcpu, restore_hints ? VALID_HINTS : 0, r.seq + 1);

	/* The destination goes on counting. */
	no_override(vm);
	check_run(vcpu, 0, r.seq + 2);
	kvm_vm_free(vm);

	ksft_test_result_pass("migration, %s: %s hints, hints_seq + 1\n",
			      restore_hints ? "hints set" : "hints not set",
			      restore_hints ? "saved" : "CPUID");
}

/*
 * A record enabled again, by the VMM (as when it restores a vCPU in
 * place) or by the guest, counts as one change, however many calls came
 * before.
 */
static void test_reregister(void)
{
	struct kvm_vcpu *vcpu;
	struct kvm_vm *vm;

	vm = create_vm_with_one_vcpu(&vcpu, 0);
	check_run(vcpu, 0, 1);

	override(vm, VALID_HINTS);
	override(vm, 0);
	override(vm, VALID_HINTS);
	vcpu_set_msr(vcpu, MSR_KVM_STEAL_TIME, st_gpa(0) | KVM_MSR_ENABLED);
	check_run(vcpu, VALID_HINTS, 2);
	check_run(vcpu, VALID_HINTS, 2);

	/* Each exit re-enables it after the entry's write: one more each. */
	reregister = true;
	sync_global_to_guest(vm, reregister);
	check_run(vcpu, VALID_HINTS, 3);
	check_run(vcpu, VALID_HINTS, 4);
	reregister = false;
	sync_global_to_guest(vm, reregister);
	check_run(vcpu, VALID_HINTS, 4);
	check_run(vcpu, VALID_HINTS, 4);
	kvm_vm_free(vm);
	ksft_test_result_pass("MSR_KVM_STEAL_TIME rewritten by VMM or guest: hints_seq + 1\n");
}

struct delayed_set {
	struct kvm_vm *vm;
	sem_t seen;
};

/*
 * Sets the hints while the vCPU runs, then waits for it to see them,
 * without waking up meanwhile.
 */
static void *delayed_set_thread(void *arg)
{
	struct delayed_set *d = arg;
	struct timespec timeout;
	int r;

	usleep(SET_DELAY_US);
	override(d->vm, VALID_HINTS);

	clock_gettime(CLOCK_REALTIME, &timeout);
	timeout.tv_sec += SEEN_TIMEOUT_S;
	while ((r = sem_timedwait(&d->seen, &timeout)) && errno == EINTR)
		;
	TEST_ASSERT(!r, "Running vCPU did not see KVM_SET_PV_HINTS in %d s",
		    SEEN_TIMEOUT_S);
	return NULL;
}

/*
 * A vCPU that waits in the guest for the sequence to move, and so does not
 * exit to userspace, sees the call made meanwhile.
 */
static void test_running_vcpu(void)
{
	struct kvm_vcpu *vcpu;
	struct delayed_set d;
	pthread_t thread;
	struct kvm_vm *vm;

	vm = create_vm_with_one_vcpu(&vcpu, 0);
	check_run(vcpu, 0, 1);

	d.vm = vm;
	TEST_ASSERT(!sem_init(&d.seen, 0, 0), "sem_init() failed");
	wait_for_change = true;
	sync_global_to_guest(vm, wait_for_change);
	TEST_ASSERT(!pthread_create(&thread, NULL, delayed_set_thread, &d),
		    "pthread_create failed");
	check_run(vcpu, VALID_HINTS, 2);
	sem_post(&d.seen);
	pthread_join(thread, NULL);
	sem_destroy(&d.seen);
	kvm_vm_free(vm);
	ksft_test_result_pass("a vCPU running in the guest sees KVM_SET_PV_HINTS\n");
}

struct setter {
	struct kvm_vm *vm;
	struct kvm_pv_hints values[2];	/* set in turn */
	int nr_sets;			/* at least */
	bool *stop;			/* and, if set, until *stop */
	int *runs;			/* if set, the runner's exits */
	int done;
};

static void *setter_thread(void *arg)
{
	struct setter *s = arg;
	struct kvm_pv_hints *v;
	int i, r, runs = 0;

	for (i = 0; i < s->nr_sets || (s->stop && !READ_ONCE(*s->stop)); i++) {
		/* Spread the calls over many entries of the vCPU. */
		if (s->runs && !(i % SETS_PER_RUN)) {
			while (READ_ONCE(*s->runs) == runs)
				usleep(100);
			runs = READ_ONCE(*s->runs);
		}
		v = &s->values[i & 1];
		r = __set_pv_hints(s->vm, v->flags, v->hints);
		TEST_ASSERT(!r, KVM_IOCTL_ERROR(KVM_SET_PV_HINTS, r));
	}
	s->done = i;
	return NULL;
}

struct runner {
	struct kvm_vcpu *vcpu;
	uint64_t seq, max_seq;
	bool stop;
	int runs;
};

/* Enters the vCPU until told to stop; the sequence never goes back. */
static void *runner_thread(void *arg)
{
	struct runner *rn = arg;
	struct record r;

	while (!READ_ONCE(rn->stop)) {
		r = run(rn->vcpu);
		TEST_ASSERT(r.seq >= rn->seq && r.seq <= rn->max_seq,
			    "hints_seq %lu after %lu, at most %lu expected",
			    r.seq, rn->seq, rn->max_seq);
		TEST_ASSERT(!(r.hints & ~VALID_HINTS), "hints %#lx",
			    r.hints);
		rn->seq = r.seq;
		WRITE_ONCE(rn->runs, rn->runs + 1);
	}
	return NULL;
}

static bool pv_hints_equal(struct kvm_pv_hints a, struct kvm_pv_hints b)
{
	return a.flags == b.flags && a.hints == b.hints;
}

/*
 * Two threads make NR_SETS calls each while the vCPU keeps entering, and
 * wait for it to exit again every SETS_PER_RUN calls: the state is the
 * last value one of them set, and the sequence has advanced by the number
 * of calls.
 */
static void test_concurrent_sets(void)
{
	struct setter s[2] = {
		{ .values = { { KVM_PV_HINTS_OVERRIDE, VALID_HINTS }, { 0, 0 } } },
		{ .values = { { KVM_PV_HINTS_OVERRIDE, 0 },
			      { KVM_PV_HINTS_OVERRIDE, VALID_HINTS } } },
	};
	pthread_t threads[2], runner;
	struct kvm_pv_hints last;
	struct kvm_vcpu *vcpu;
	struct runner rn;
	struct kvm_vm *vm;
	struct record r;
	int i;

	vm = create_vm_with_one_vcpu(&vcpu, 0);
	r = check_run(vcpu, 0, 1);
	rn = (struct runner){ .vcpu = vcpu, .seq = r.seq,
			      .max_seq = r.seq + 2 * NR_SETS };

	for (i = 0; i < 2; i++) {
		s[i].vm = vm;
		s[i].nr_sets = NR_SETS;
		s[i].runs = &rn.runs;
	}
	TEST_ASSERT(!pthread_create(&runner, NULL, runner_thread, &rn),
		    "pthread_create failed");
	for (i = 0; i < 2; i++)
		TEST_ASSERT(!pthread_create(&threads[i], NULL, setter_thread,
					    &s[i]), "pthread_create failed");
	for (i = 0; i < 2; i++)
		pthread_join(threads[i], NULL);
	WRITE_ONCE(rn.stop, true);
	pthread_join(runner, NULL);

	/* Each thread's last call sets its values[1]. */
	last = get_pv_hints(vm);
	TEST_ASSERT(pv_hints_equal(last, s[0].values[(NR_SETS - 1) & 1]) ||
		    pv_hints_equal(last, s[1].values[(NR_SETS - 1) & 1]),
		    "KVM_GET_PV_HINTS: {%#x, %#x} is neither thread's last value",
		    last.flags, last.hints);
	check_run(vcpu, expected_hints(vm, 0), r.seq + 2 * NR_SETS);
	kvm_vm_free(vm);
	ksft_test_result_pass("%d concurrent KVM_SET_PV_HINTS, %d entries: hints_seq + %d\n",
			      2 * NR_SETS, rn.runs, 2 * NR_SETS);
}

struct creator {
	struct kvm_vm *vm;
	struct kvm_vcpu *vcpus[MAX_VCPUS];
	bool stop;
};

static void *creator_thread(void *arg)
{
	struct creator *c = arg;
	int i;

	for (i = 0; i < MAX_VCPUS; i++)
		c->vcpus[i] = add_vcpu(c->vm, i, true, i & 1 ? VALID_HINTS : 0);
	WRITE_ONCE(c->stop, true);
	return NULL;
}

/*
 * vCPUs are created while another thread sets the hints: each reads on its
 * first entry the last value set, and a sequence of 1.
 */
static void test_set_while_creating(void)
{
	struct creator c = { .vm = create_vm(MAX_VCPUS) };
	struct setter s = {
		.vm = c.vm,
		.values = { { KVM_PV_HINTS_OVERRIDE, VALID_HINTS },
			    { KVM_PV_HINTS_OVERRIDE, 0 } },
		.nr_sets = 1,
		.stop = &c.stop,
	};
	pthread_t creator, setter;
	uint32_t hints;
	int i;

	TEST_ASSERT(!pthread_create(&setter, NULL, setter_thread, &s),
		    "pthread_create failed");
	TEST_ASSERT(!pthread_create(&creator, NULL, creator_thread, &c),
		    "pthread_create failed");
	pthread_join(creator, NULL);
	pthread_join(setter, NULL);

	check_pv_hints(c.vm, s.values[(s.done - 1) & 1].flags,
		       s.values[(s.done - 1) & 1].hints);
	for (i = 0; i < MAX_VCPUS; i++) {
		hints = expected_hints(c.vm, i & 1 ? VALID_HINTS : 0);
		check_run(c.vcpus[i], hints, 1);
	}
	kvm_vm_free(c.vm);
	ksft_test_result_pass("%d KVM_SET_PV_HINTS while creating %d vCPUs: each sees the last\n",
			      s.done, MAX_VCPUS);
}

static void expect_eio(int r, const char *what)
{
	if (r != -1 || errno != EIO) {
		fprintf(stderr, "child: %s: expected EIO, rc: %d errno: %d (%s)\n",
			what, r, errno, strerror(errno));
		_exit(1);
	}
}

/*
 * A child of the VM's creator has its own mm: every VM ioctl it makes,
 * the hints' included, fails with EIO, and changes nothing.
 */
static void test_other_mm(void)
{
	struct kvm_pv_hints pv_hints;
	struct kvm_vcpu *vcpu;
	struct kvm_vm *vm;
	int status;
	pid_t pid;

	vm = create_vm_with_one_vcpu(&vcpu, 0);
	check_run(vcpu, 0, 1);
	override(vm, VALID_HINTS);
	check_run(vcpu, VALID_HINTS, 2);

	fflush(stdout);
	fflush(stderr);
	pid = fork();
	TEST_ASSERT(pid >= 0, "fork() failed, errno: %d", errno);
	if (!pid) {
		expect_eio(__vm_ioctl(vm, KVM_GET_PV_HINTS, &pv_hints),
			   "KVM_GET_PV_HINTS");
		expect_eio(__set_pv_hints(vm, 0, 0), "KVM_SET_PV_HINTS {0, 0}");
		expect_eio(__set_pv_hints(vm, KVM_PV_HINTS_OVERRIDE, 0),
			   "KVM_SET_PV_HINTS {OVERRIDE, 0}");
		expect_eio(__set_pv_hints(vm, KVM_PV_HINTS_OVERRIDE,
					  VALID_HINTS),
			   "KVM_SET_PV_HINTS {OVERRIDE, REALTIME}");
		expect_eio(__vm_ioctl(vm, KVM_CHECK_EXTENSION,
				      (void *)KVM_CAP_PV_HINTS),
			   "KVM_CHECK_EXTENSION");
		_exit(0);
	}
	TEST_ASSERT(waitpid(pid, &status, 0) == pid,
		    "waitpid() failed, errno: %d", errno);
	TEST_ASSERT(WIFEXITED(status) && !WEXITSTATUS(status),
		    "child failed, status: %#x", status);

	check_pv_hints(vm, KVM_PV_HINTS_OVERRIDE, VALID_HINTS);
	check_run(vcpu, VALID_HINTS, 2);
	kvm_vm_free(vm);
	ksft_test_result_pass("another mm gets EIO, state unchanged\n");
}

static void set_pv_hints_einval(struct kvm_vm *vm, uint32_t flags,
				uint32_t hints)
{
	struct kvm_pv_hints before = get_pv_hints(vm);
	int r = __set_pv_hints(vm, flags, hints);

	TEST_ASSERT(r == -1 && errno == EINVAL,
		    "KVM_SET_PV_HINTS {%#x, %#x}: expected EINVAL, rc: %d errno: %d",
		    flags, hints, r, errno);
	check_pv_hints(vm, before.flags, before.hints);
}

static void test_invalid(void)
{
	struct kvm_vcpu *vcpu;
	struct kvm_vm *vm;

	vm = create_vm_with_one_vcpu(&vcpu, 0);
	check_run(vcpu, 0, 1);

	/* Once with the state of a new VM, once with an override. */
	set_pv_hints_einval(vm, 0x2, 0);
	set_pv_hints_einval(vm, 0, VALID_HINTS);
	check_run(vcpu, 0, 1);
	override(vm, VALID_HINTS);
	check_run(vcpu, VALID_HINTS, 2);

	set_pv_hints_einval(vm, 0x2, 0);
	set_pv_hints_einval(vm, 0, VALID_HINTS);
	set_pv_hints_einval(vm, KVM_PV_HINTS_OVERRIDE, 0x2);
	set_pv_hints_einval(vm, KVM_PV_HINTS_OVERRIDE, 0x80000000);
	set_pv_hints_einval(vm, KVM_PV_HINTS_OVERRIDE | 0x2, VALID_HINTS);
	set_pv_hints_einval(vm, 0x80000000 | KVM_PV_HINTS_OVERRIDE, 0);
	check_run(vcpu, VALID_HINTS, 2);
	check_run(vcpu, VALID_HINTS, 2);
	kvm_vm_free(vm);
	ksft_test_result_pass("invalid KVM_SET_PV_HINTS: EINVAL, state and record unchanged\n");
}

/*
 * Without KVM_FEATURE_STEAL_TIME_HINTS, hints and hints_seq stay as the
 * guest left them, whatever is set; the rest of the record is kept as
 * before.
 */
static void test_no_feature(void)
{
	struct record r, prev;
	struct kvm_vcpu *vcpu;
	struct kvm_vm *vm;
	int i;

	vm = create_vm(1);
	vcpu = add_vcpu(vm, 0, false, VALID_HINTS);
	TEST_ASSERT(!(vcpu_get_cpuid_entry(vcpu, KVM_CPUID_FEATURES)->eax &
		      BIT(KVM_FEATURE_STEAL_TIME_HINTS)),
		    "KVM_FEATURE_STEAL_TIME_HINTS still in CPUID");

	prev = check_run(vcpu, 0, 0);
	TEST_ASSERT(prev.version && !(prev.version & 1),
		    "version %lu after the first entry", prev.version);
	for (i = 0; i < 6; i++) {
		if (i == 5)
			no_override(vm);
		else if (i)
			override(vm, i & 1 ? VALID_HINTS : 0);
		r = check_run(vcpu, 0, 0);
		TEST_ASSERT(r.version > prev.version && !(r.version & 1),
			    "version %lu after %lu", r.version, prev.version);
		TEST_ASSERT(r.steal >= prev.steal, "steal %lu after %lu",
			    r.steal, prev.steal);
		prev = r;
	}
	kvm_vm_free(vm);
	ksft_test_result_pass("no KVM_FEATURE_STEAL_TIME_HINTS: hints, hints_seq untouched\n");
}

int main(void)
{
	struct kvm_vcpu *vcpus[2];
	struct kvm_vm *vm;

	TEST_REQUIRE(kvm_has_cap(KVM_CAP_PV_HINTS));
	TEST_REQUIRE(kvm_cpu_has(X86_FEATURE_KVM_STEAL_TIME));

	ksft_print_header();
	ksft_set_plan(12);

	test_capability();

	vm = create_vm(2);
	test_first_entry(vm, vcpus);
	test_set(vm, vcpus);
	kvm_vm_free(vm);

	test_migration(true);
	test_migration(false);
	test_reregister();
	test_running_vcpu();
	test_concurrent_sets();
	test_set_while_creating();
	test_other_mm();
	test_invalid();
	test_no_feature();

	ksft_finished();
}
