"""Dispute mediation (矛盾纠纷排查化解): register, assess, warn, plan, mediate, agree, follow up, close."""
