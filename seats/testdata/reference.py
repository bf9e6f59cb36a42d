# Independent exact reference used to compute testdata/methods_disagree.json.
# Usage: python3 reference.py "[47000,16000,15800,12000,6100,3100]" 10
# Python fractions only; no code shared with package seats. It refuses ties.
from fractions import Fraction as F
import math, sys, json
def lr(votes, S, m):
    T=sum(votes)
    while True:
        if m=='hare': q=F(T,S)
        elif m=='hagenbach_bischoff': q=F(T,S+1)
        elif m=='imperiali': q=F(T,S+2)
        elif m=='droop': q=F(T//(S+1)+1)
        c=[F(v)/q for v in votes]
        fl=[math.floor(x) for x in c]
        if sum(fl)<=S: break
        m={'imperiali':'hagenbach_bischoff','hagenbach_bischoff':'hare'}[m]
    r=[x-f for x,f in zip(c,fl)]
    left=S-sum(fl)
    idx=sorted(range(len(votes)),key=lambda i:-r[i])
    assert left < len(votes)
    if left>0 and left<len(votes): assert r[idx[left-1]]!=r[idx[left]], "tie"
    for i in idx[:left]: fl[i]+=1
    return fl
def div(votes,S,m):
    quots=[]
    for i,v in enumerate(votes):
        for s in range(S+1):
            if m=='dhondt': d=F(s+1)
            elif m=='sainte_lague': d=F(2*s+1)
            elif m=='modified_sainte_lague': d=F(7,5) if s==0 else F(2*s+1)
            elif m=='adams': d=F(s)
            elif m=='huntington_hill': d=F(s*(s+1))  # squared
            if d==0: key=(1,0)
            else:
                key=(0, F(v*v)/d if m=='huntington_hill' else F(v)/d)
            quots.append((key,i))
    quots.sort(key=lambda x:x[0], reverse=True)
    assert quots[S-1][0]!=quots[S][0], "tie"
    out=[0]*len(votes)
    for k,i in quots[:S]: out[i]+=1
    return out
votes=json.loads(sys.argv[1]); S=int(sys.argv[2])
for m in ['hare','droop','hagenbach_bischoff','imperiali']: print(m, lr(votes,S,m))
for m in ['dhondt','sainte_lague','modified_sainte_lague','huntington_hill','adams']: print(m, div(votes,S,m))
